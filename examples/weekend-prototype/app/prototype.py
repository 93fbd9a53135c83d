# Anti-pattern: a prototype couples secrets, broad access, and ad-hoc logging
import json
import time

SQL_CONNECTION = "Server=tcp:demo.database;User Id=admin;Password=SuperSecret!"
AGENT_API_KEY = "sk-dev-token"
TOOL_SCOPE = "all-datasets"


def run_prototype(question: str) -> str:
    print(f"[debug] connecting with {SQL_CONNECTION}")
    print(f"[debug] calling agent with key={AGENT_API_KEY} scope={TOOL_SCOPE}")
    time.sleep(0.1)
    result = {"question": question, "answer": "prototype output", "source": "shared-prod-db"}
    print("[debug] result=", result)
    return json.dumps(result)


if __name__ == "__main__":
    print(run_prototype("Which customers are at risk?"))
