// AI provider keys in application code and configuration.
import { ALNUM, ALPHA, B64URL, fake, HEX } from '../../../src/scanners/secrets/fake.js';
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

  it('the article key is caught by the generic rule', () => {
    expect(hits('AGENT_API_KEY = "sk-dev-token"', 'agent/settings.py')).toEqual([['generic-secret-assignment', 1]]);
  });

  it('placeholders in examples are quiet', () => {
    const text = 'OPENAI_API_KEY=sk-proj-...\nANTHROPIC_API_KEY=sk-ant-api03-xxxxxxxx\nHF_TOKEN=hf_...\n';
    expect(hits(text, '.env.example')).toEqual([]);
  });
});
