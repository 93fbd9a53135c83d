# Production pattern: managed identity, scoped access, and structured telemetry
import json
import logging
from dataclasses import dataclass

from azure.identity import DefaultAzureCredential
from opentelemetry import trace
from prometheus_client import Counter

logging.basicConfig(level=logging.INFO, format="%(message)s")
logger = logging.getLogger("ai-platform")
tracer = trace.get_tracer("ai-risk-service")
requests_total = Counter("ai_risk_requests_total", "Questions answered", ["status"])


@dataclass
class RequestContext:
    principal_id: str
    db_role: str
    tool_scope: str
    trace_id: str


def run_production(question: str, ctx: RequestContext) -> str:
    credential = DefaultAzureCredential()  # managed identity at run time, no secret in code
    with tracer.start_as_current_span("answer-question"):
        logger.info(json.dumps({"event": "auth", "mode": "managed_identity", "principal": ctx.principal_id, "trace_id": ctx.trace_id}))
        logger.info(json.dumps({"event": "authorize", "db_role": ctx.db_role, "tool_scope": ctx.tool_scope, "trace_id": ctx.trace_id}))
        result = {"question": question, "answer": "production output", "source": "curated-view", "trace_id": ctx.trace_id}
        logger.info(json.dumps({"event": "completed", "status": "ok", "trace_id": ctx.trace_id}))
        requests_total.labels(status="ok").inc()
        del credential
        return json.dumps(result)


if __name__ == "__main__":
    context = RequestContext("mi://analytics-app", "db_datareader_curated", "customer-risk-read", "trace-001")
    print(run_production("Which customers are at risk?", context))
