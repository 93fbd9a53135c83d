// Database and broker connection strings and credentialed URLs: ADO.NET / ODBC / JDBC `Password=`,
// `scheme://user:password@host` for databases and brokers, basic auth in http(s) URLs, `?password=`.
// One-offs by nature: each rule checks the string's syntax or the URL's parts in code, so each is
// a `defineRule` of its own rather than a builder's.
import { asciiClass } from '../char-class.js';
import { defineRule, type MatchContext, type SecretRule } from '../rule.js';
import { lineBounds } from '../lines.js';

/** Schemes whose credentialed URLs are database or message-broker connection strings. */
const DATABASE_SCHEMES = new Set([
  'postgres', 'postgresql', 'postgis', 'pg', 'pgsql', 'timescaledb', 'mysql', 'mysqlx', 'mariadb', 'mssql', 'sqlserver',
  'oracle', 'redshift', 'snowflake', 'cockroachdb', 'cockroach', 'clickhouse', 'mongodb', 'mongodb+srv', 'redis',
  'rediss', 'valkey', 'memcached', 'cassandra', 'couchdb', 'couchbase', 'couchbases', 'neo4j', 'neo4j+s', 'neo4j+ssc',
  'bolt', 'bolt+s', 'amqp', 'amqps', 'kafka', 'nats', 'mqtt', 'mqtts', 'stomp', 'ldap', 'ldaps', 'influxdb', 'db2',
  'odbc', 'sybase', 'firebird', 'presto', 'trino', 'hive', 'hive2', 'impala', 'vertica', 'teradata', 'hana', 'sap',
  'arangodb', 'rethinkdb', 'orientdb', 'elasticsearch', 'opensearch', 'solr', 'zookeeper', 'pulsar', 'rabbitmq', 'sqs',
]);

const DATABASE_KEYWORDS = [
  'postgres', 'postgis', 'pgsql', 'pg://', 'pg+', 'timescaledb', 'mysql', 'mariadb', 'mssql', 'sqlserver', 'oracle', 'redshift',
  'snowflake', 'cockroach', 'clickhouse', 'mongodb', 'redis', 'valkey', 'memcached', 'cassandra', 'couchdb', 'couchbase',
  'neo4j', 'bolt', 'amqp', 'kafka', 'nats', 'mqtt', 'stomp', 'ldap', 'influxdb', 'db2', 'odbc', 'sybase', 'firebird',
  'presto', 'trino', 'hive', 'impala', 'vertica', 'teradata', 'hana', 'sap', 'arangodb', 'rethinkdb', 'orientdb',
  'elasticsearch', 'opensearch', 'solr', 'zookeeper', 'pulsar', 'rabbitmq', 'sqs',
];

/** The scheme before `://` at `at`, without JDBC/R2DBC prefixes and SQLAlchemy driver suffixes. */
export function schemeBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && /[A-Za-z0-9+.:-]/.test(text[i - 1] as string) && at - i < 60) i--;
  let scheme = text.slice(i, at).toLowerCase();
  scheme = scheme.replace(/^(?:jdbc|r2dbc|jdbc:[a-z]+):/, '').replace(/^(?:jdbc|r2dbc):/, '');
  scheme = scheme.slice(scheme.lastIndexOf(':') + 1);
  if (scheme !== 'mongodb+srv' && !scheme.startsWith('neo4j+') && !scheme.startsWith('bolt+')) scheme = scheme.replace(/\+.*$/, '');
  return scheme;
}

const PLACEHOLDER_HOST = /^(?:(?:www\.)?example\.(?:com|org|net)|host|hostname|server|your[-_]?host|<[^>]*>|\$\{?[A-Za-z_]+\}?)$/i;

/** `://user:password@host` parts of a credentialed-URL match. */
function urlParts(ctx: MatchContext, sep: number): { user: string; password: string; host: string } | undefined {
  const m = /^:\/\/([^:@]*):([^@]*)@([^/:?#\s"'<>`]*)/.exec(ctx.text.slice(sep, ctx.secretEnd + 300));
  return m ? { user: m[1] as string, password: m[2] as string, host: m[3] as string } : undefined;
}

function credentialedUrl(ctx: MatchContext, wantDatabase: boolean): boolean {
  const sep = ctx.text.indexOf('://', ctx.matchStart);
  if (sep === -1 || sep > ctx.secretStart) return false;
  const scheme = schemeBefore(ctx.text, sep);
  if (!/^[a-z][a-z0-9+.-]*$/.test(scheme)) return false;
  if (DATABASE_SCHEMES.has(scheme) !== wantDatabase) return false;
  const parts = urlParts(ctx, sep);
  if (!parts) return false;
  // `postgres:postgres@`, `user:user@`: a documented default rather than a chosen secret.
  if (parts.user.length > 0 && parts.user === parts.password) return false;
  // CVS's `:pserver:anoncvs@host:/cvsroot` is a connection method and a user, not user:password.
  if (parts.user.length === 0 && parts.password.includes(':')) return false;
  if (/^(?:user|username|usr|login|name)$/i.test(parts.user) && /^(?:pass|password|pwd|secret)$/i.test(parts.password)) return false;
  // Anonymous FTP and HTTP: the password slot conventionally holds anything (an e-mail address).
  if (/^(?:anonymous|anon)$/i.test(parts.user)) return false;
  return !PLACEHOLDER_HOST.test(parts.host);
}

const CREDENTIALS = `:\\/\\/([^\\s:@/"'<>\`]{0,128}):([^\\s@/"'<>\`]{1,256})@(?:[A-Za-z0-9._-]{1,253}|\\[[0-9A-Fa-f:.]{2,60}\\])`;

/** Found at `://` (a literal, so the search is fast); the scheme is read backwards in code. */
const CREDENTIALED_URL = new RegExp(CREDENTIALS);

/**
 * The ASCII characters the user part of CREDENTIALS may not hold, from the same class as the
 * pattern's. Only these stop the precheck, so it never stops inside a user part the pattern takes.
 */
const notInUser = asciiClass('\\s:@/"\'<>`');

/**
 * The URL rules' precheck at `://`: a `:` ends the user part within 128 characters, as it does
 * wherever CREDENTIALS matches. A URL without credentials (`https://github.com/...`) stops at its
 * first `/` here, before the pattern runs.
 */
function userThenColon(text: string, at: number): boolean {
  let i = at + 3;
  for (const stop = Math.min(text.length, i + 128); i < stop && !notInUser(text.charCodeAt(i)); ) i++;
  return text.charCodeAt(i) === 58;
}

const CONNECTION_KEYS =
  /(?:^|[;"'`\s])(?:server|data source|datasource|host|hostname|address|addr|network address|uid|user id|userid|user|username|database|initial catalog|driver|dsn|provider|port|endpoint|trusted_connection|encrypt)\s*=/i;

export const CONNECTION_STRINGS_RULES: SecretRule[] = [
  defineRule({
    id: 'connection-string-password',
    family: 'connection-string',
    description: 'Password in a connection string',
    severity: 'high',
    keywords: ['password', 'pwd'],
    anchored: true,
    anchorBack: 6,
    pattern: /[;"'`][ \t]{0,5}(?:Password|Pwd)[ \t]{0,5}=[ \t]{0,5}([^;"'`\r\n]{1,200})/i,
    validate: (secret) => secret.length >= 4,
    inContext: (ctx) => {
      const [start, end] = lineBounds(ctx.text, ctx.secretStart);
      const line = ctx.text.slice(start, end);
      return line.includes(';') && CONNECTION_KEYS.test(line);
    },
    specificity: 2,
  }),
  defineRule({
    id: 'database-url-password',
    family: 'connection-string',
    description: 'Password in a database or message-broker URL',
    severity: 'high',
    keywords: DATABASE_KEYWORDS,
    anchored: true,
    anchors: ['://'],
    precheck: userThenColon,
    pattern: CREDENTIALED_URL,
    secretGroup: 2,
    inContext: (ctx) => credentialedUrl(ctx, true),
    specificity: 2,
  }),
  defineRule({
    id: 'url-basic-auth',
    family: 'connection-string',
    description: 'Credentials in a URL',
    severity: 'high',
    keywords: ['://'],
    anchored: true,
    precheck: userThenColon,
    pattern: CREDENTIALED_URL,
    secretGroup: 2,
    inContext: (ctx) => credentialedUrl(ctx, false),
    specificity: 2,
  }),
  defineRule({
    id: 'url-password-parameter',
    family: 'connection-string',
    description: 'Password parameter in a URL',
    severity: 'high',
    keywords: ['password=', 'passwd=', 'pwd=', 'pass='],
    pattern: /[?&;](?:password|passwd|pwd|pass)=([^&;\s"'<>`#]{4,200})/i,
    inContext: (ctx) => {
      const [start, end] = lineBounds(ctx.text, ctx.secretStart);
      const line = ctx.text.slice(start, end);
      return line.includes('://') || /jdbc:/i.test(line);
    },
    specificity: 2,
  }),
];
