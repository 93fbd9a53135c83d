// AI provider keys in application code and configuration.
import { ALNUM, ALPHA, B64URL, fake, fakeUuid, HEX } from './fake.js';
import { hits } from './helpers.js';

describe('AI provider keys', () => {
  it('an agent module with OpenAI and Anthropic clients', () => {
    const text = [
      'from openai import OpenAI',
      'import anthropic',
      '',
      `oai = OpenAI(api_key="sk-proj-${fake(B64URL, 74, 'ai-1')}T3BlbkFJ${fake(B64URL, 74, 'ai-2')}")`,
      `claude = anthropic.Anthropic(api_key="sk-ant-api03-${fake(B64URL, 93, 'ai-3')}AA")`,
      'model = "claude-3-5-sonnet-latest"',
    ].join('\n');
    expect(hits(text, 'agent/clients.py')).toEqual([
      ['openai-project-key', 4],
      ['anthropic-api-key', 5],
    ]);
  });

  it('a LiteLLM-style YAML config with several providers', () => {
    const text = [
      'model_list:',
      '  - model_name: llama',
      '    litellm_params:',
      '      model: groq/llama3-70b-8192',
      `      api_key: gsk_${fake(ALNUM, 52, 'ai-4')}`,
      '  - model_name: sonar',
      '    litellm_params:',
      '      model: perplexity/sonar',
      `      api_key: pplx-${fake(ALNUM, 48, 'ai-5')}`,
      '  - model_name: router',
      '    litellm_params:',
      `      api_key: sk-or-v1-${fake(HEX, 64, 'ai-6')}`,
      '      api_key_env: OPENAI_API_KEY',
    ].join('\n');
    expect(hits(text, 'litellm/config.yaml')).toEqual([
      ['groq-api-key', 5],
      ['perplexity-api-key', 9],
      ['openrouter-api-key', 12],
    ]);
  });

  it('a notebook cell with a Hugging Face token', () => {
    const text = `{"cell_type": "code", "source": ["from huggingface_hub import login\\n", "login(token=\\"hf_${fake(ALPHA, 34, 'ai-7')}\\")\\n"]}`;
    expect(hits(text, 'notebooks/train.ipynb')).toEqual([['huggingface-token', 1]]);
  });

  it('speech, language and vision keys named by their provider, but not the provider\'s resource ids', () => {
    const text = [
      '# providers.py',
      `DEEPGRAM_API_KEY = "${fake(HEX, 40, 'ai-8')}"`,
      `DEEPGRAM_PROJECT_ID = "${fakeUuid('ai-9')}"`,
      `assemblyai_token = "${fake(HEX, 32, 'ai-10')}"`,
      `AI21_API_KEY = "${fakeUuid('ai-11')}"`,
      `AI21_REQUEST_ID = "${fakeUuid('ai-12')}"`,
      `clarifai_pat = "${fake(HEX, 32, 'ai-13')}"`,
      `DEEPL_HEADERS = {"Authorization": "DeepL-Auth-Key ${fakeUuid('ai-14')}:fx"}`,
    ].join('\n');
    expect(hits(text, 'app/providers.py')).toEqual([
      ['deepgram-api-key', 2],
      ['assemblyai-api-key', 4],
      ['ai21-api-key', 5],
      ['clarifai-pat', 7],
      ['deepl-api-key', 8],
    ]);
  });

  it('a Cursor admin key in an MCP config, and a Cohere key written as a note', () => {
    const mcp = `{\n  "mcpServers": {\n    "cursor-admin": {\n      "command": "npx",\n      "env": { "CURSOR_API_KEY": "key_${fake(HEX, 64, 'ai-15')}" }\n    }\n  }\n}\n`;
    expect(hits(mcp, '.cursor/mcp.json')).toEqual([['cursor-api-key', 5]]);
    expect(hits(`reranker setup\ncohere secret key = ${fake(ALNUM, 40, 'ai-16')}\n`, 'notes/setup.txt')).toEqual([['cohere-api-key', 2]]);
  });

  it('the article key is caught by the generic rule', () => {
    expect(hits('AGENT_API_KEY = "sk-dev-token"', 'agent/settings.py')).toEqual([['generic-secret-assignment', 1]]);
  });

  it('placeholders in examples are quiet', () => {
    const text = 'OPENAI_API_KEY=sk-proj-...\nANTHROPIC_API_KEY=sk-ant-api03-xxxxxxxx\nHF_TOKEN=hf_...\n';
    expect(hits(text, '.env.example')).toEqual([]);
  });
});
