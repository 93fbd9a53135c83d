// Infrastructure as code and XML configuration: Terraform variable defaults, Bicep parameter defaults,
// CloudFormation NoEcho parameter defaults, `<password>` elements and `<add key="..." value="..."/>`.
// One-offs by nature: each rule reads its syntax (a block, a parameter, an element) in code, so
// each is a `defineRule` of its own rather than a builder's.
import { acceptGenericValue } from '../generic.js';
import { UNTYPED_PATH } from '../files.js';
import { isStrongSecretName } from '../names.js';
import { defineRule, type ExtractContext, type ExtractedSecret, type MatchContext, type SecretRule } from '../rule.js';
import { readYamlScalar } from './yaml-scalar.js';

/**
 * XML configuration: Maven settings, .NET app/web.config, NuGet.Config, Spring and Ant files, plists;
 * and, as for Terraform below, files whose name says nothing of their format (`.txt`, no extension),
 * where pasted configuration lands.
 */
const XML_PATH = new RegExp(String.raw`\.(?:xml|config|props|targets|[a-z]*proj|nuspec|plist|xsd|wsdl|jnlp|xaml)$|` + UNTYPED_PATH, 'i');

const literal = (name: string | undefined, value: string): boolean => acceptGenericValue(name ?? 'secret', 'strong', value);

/**
 * A Terraform `variable` block with a literal `default`, when the variable is secret-named or marked
 * `sensitive = true`. The pattern finds the block header; the block is read in code.
 */
function terraformDefault(m: RegExpExecArray, ctx: ExtractContext): ExtractedSecret | undefined {
  const name = m[1] as string;
  const bodyStart = m.index + (m[0] as string).length;
  // The block is looked for within 2,000 characters: unclosed headers must not each cost a
  // search to the end of the file.
  const window = ctx.text.slice(bodyStart, bodyStart + 2001);
  const close = window.indexOf('\n}');
  const end = close !== -1 ? close : window.indexOf('}');
  if (end === -1) return undefined;
  const block = window.slice(0, end);
  const d = /(?:^|[\s{])default[ \t]*=[ \t]*"([^"\r\n]{1,300})"/.exec(block);
  if (!d) return undefined;
  if (!isStrongSecretName(name) && !/\bsensitive[ \t]*=[ \t]*true\b/.test(block)) return undefined;
  const value = d[1] as string;
  if (!literal(name, value)) return undefined;
  return { secret: value, start: bodyStart + d.index + (d[0] as string).length - value.length - 1 };
}

/** The CloudFormation parameter whose `Default` this is declares `NoEcho: true`. */
function cloudFormationNoEcho(ctx: MatchContext): boolean {
  const text = ctx.text;
  if (text.startsWith('"Default"', ctx.matchStart)) {
    // Within a bounded window either way, so many Defaults cost no repeated whole-file searches.
    const from = Math.max(0, ctx.matchStart - 4000);
    const openInWindow = text.slice(from, ctx.matchStart).lastIndexOf('{');
    const closeInWindow = text.slice(ctx.secretEnd, ctx.secretEnd + 4000).indexOf('}');
    if (openInWindow === -1 || closeInWindow === -1) return false;
    const open = from + openInWindow;
    const close = ctx.secretEnd + closeInWindow;
    if (close - open > 4000) return false;
    return /"NoEcho"[ \t]*:[ \t]*"?true"?/i.test(text.slice(open, close));
  }
  // YAML: the sibling keys share the Default line's indentation; look at most 40 lines each way.
  const lineStart = text.lastIndexOf('\n', ctx.matchStart) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, ctx.secretStart))?.[0].length ?? 0;
  const sameBlock = (line: string): boolean => line.trim() === '' || (/^[ \t]*/.exec(line)?.[0].length ?? 0) >= indent;
  const noEcho = (line: string): boolean => /^[ \t]*NoEcho:[ \t]*["']?true["']?/i.test(line);
  let start = lineStart;
  for (let n = 0; n < 40 && start > 0; n++) {
    const prevStart = text.lastIndexOf('\n', start - 2) + 1;
    const line = text.slice(prevStart, start - 1);
    if (!sameBlock(line)) break;
    if (noEcho(line)) return true;
    start = prevStart;
  }
  let end = text.indexOf('\n', ctx.secretEnd);
  for (let n = 0; n < 40 && end !== -1; n++) {
    const nextEnd = text.indexOf('\n', end + 1);
    const line = text.slice(end + 1, nextEnd === -1 ? text.length : nextEnd);
    if (!sameBlock(line)) break;
    if (noEcho(line)) return true;
    end = nextEnd;
  }
  return false;
}

export const IAC_RULES: SecretRule[] = [
  defineRule({
    id: 'powershell-plaintext-securestring',
    family: 'iac',
    description: 'Plain-text password converted to a PowerShell SecureString',
    severity: 'high',
    keywords: ['convertto-securestring'],
    pattern: /ConvertTo-SecureString[ \t]{1,10}(?:-String[ \t]{1,10})?(?:"([^"\r\n$]{4,200})"|'([^'\r\n]{4,200})')[ \t]{1,10}-AsPlainText/i,
  }),
  defineRule({
    id: 'terraform-variable-default',
    family: 'iac',
    description: 'Literal default for a sensitive Terraform variable',
    severity: 'high',
    keywords: ['variable'],
    pattern: /variable[ \t]{1,10}"([A-Za-z0-9_-]{1,100})"[ \t]{0,10}\{/,
    paths: new RegExp(String.raw`\.(?:tf|hcl)$|` + UNTYPED_PATH, 'i'),
    extract: terraformDefault,
    specificity: 2,
  }),
  defineRule({
    id: 'bicep-param-default',
    family: 'iac',
    description: 'Literal default for a secure Bicep parameter',
    severity: 'high',
    keywords: ['param'],
    pattern: /param[ \t]{1,10}([A-Za-z_][A-Za-z0-9_]{0,80})[ \t]{1,10}(?:string|secureString|securestring)[ \t]{0,10}=[ \t]{0,10}'([^'\r\n]{1,300})'/,
    secretGroup: 2,
    paths: /\.bicep(?:param)?$/i,
    validate: (secret, full) => literal(/param[ \t]+([A-Za-z_]\w*)/.exec(full)?.[1], secret),
    inContext: (ctx) => {
      const name = /param[ \t]+([A-Za-z_]\w*)/.exec(ctx.text.slice(ctx.matchStart, ctx.secretStart))?.[1] ?? '';
      const before = ctx.text.slice(Math.max(0, ctx.matchStart - 120), ctx.matchStart);
      return isStrongSecretName(name) || /@secure\(\)\s*$/.test(before);
    },
    specificity: 2,
  }),
  defineRule({
    id: 'cloudformation-noecho-default',
    family: 'iac',
    description: 'Literal default for a NoEcho CloudFormation parameter',
    severity: 'high',
    keywords: ['noecho'],
    pattern: /^[ \t]{1,40}Default:|"Default"[ \t]{0,10}:/m,
    paths: /\.(?:ya?ml|json|template|cfn)$/i,
    extract(m, ctx) {
      const scalar = readYamlScalar(ctx.text, m.index + (m[0] as string).length);
      if (!scalar || !literal(undefined, scalar.value)) return undefined;
      return { secret: scalar.value, start: scalar.start };
    },
    inContext: cloudFormationNoEcho,
    specificity: 2,
  }),
  defineRule({
    id: 'xml-secret-element',
    family: 'iac',
    description: 'Literal secret in an XML element',
    severity: 'high',
    keywords: ['password', 'passwd', 'secret', 'token', 'apikey', 'api-key', 'api_key', 'credential'],
    pattern: /<((?:[A-Za-z_][\w.:-]{0,40})?(?:password|passwd|secret|token|apikey|api-key|api_key|credential)[\w.-]{0,40})>([^<>\r\n]{1,300})<\//i,
    secretGroup: 2,
    paths: XML_PATH,
    validate: (secret, full) => {
      const name = /^<([^>]+)>/.exec(full)?.[1] ?? '';
      return isStrongSecretName(name.slice(name.lastIndexOf(':') + 1)) && literal(name, secret);
    },
    specificity: 2,
  }),
  defineRule({
    id: 'xml-key-value-secret',
    family: 'iac',
    description: 'Literal secret in an XML key/value setting',
    severity: 'high',
    keywords: ['value='],
    paths: XML_PATH,
    pattern: /<(?:add|property|entry|setting|param|parameter)[ \t]{1,10}(?:key|name)[ \t]{0,5}=[ \t]{0,5}"([^"\r\n]{1,100})"[ \t]{1,10}value[ \t]{0,5}=[ \t]{0,5}"([^"\r\n]{1,500})"/,
    secretGroup: 2,
    validate: (secret, full) => {
      const name = /(?:key|name)[ \t]*=[ \t]*"([^"]*)"/i.exec(full)?.[1] ?? '';
      return (isStrongSecretName(name) || /^ClearTextPassword$/i.test(name)) && literal(name, secret);
    },
    specificity: 2,
  }),
];
