// Connection strings and credentialed URLs.
import { ALNUM, fake } from './fake.js';
import { hits } from './helpers.js';

const pw = (seed: string): string => `${fake(ALNUM, 10, seed)}!9`;

describe('connection strings and credentialed URLs', () => {
  it('an appsettings.json with an ADO.NET connection string', () => {
    const text = `{\n  "ConnectionStrings": {\n    "Orders": "Server=tcp:orders.database.windows.net,1433;Initial Catalog=orders;User ID=api;Password=${pw('cs-1')};Encrypt=True;",\n    "Cache": "redis.internal:6379,ssl=True,abortConnect=False"\n  }\n}\n`;
    expect(hits(text, 'appsettings.Production.json')).toEqual([['connection-string-password', 3]]);
  });

  it('database and broker URLs with passwords', () => {
    const text = [
      `DATABASE_URL=postgres://orders:${pw('cs-2')}@orders.cluster-abc.eu-west-1.rds.amazonaws.com:5432/orders`,
      `MONGODB_URI=mongodb+srv://api:${pw('cs-3')}@cluster0.mongodb.net/prod?retryWrites=true`,
      `AMQP_URL=amqps://worker:${pw('cs-4')}@mq.internal/vhost`,
      `REDIS_URL=rediss://default:${pw('cs-5')}@cache.internal:6380`,
    ].join('\n');
    expect(hits(text, '.env').map(([id]) => id)).toEqual(['database-url-password', 'database-url-password', 'database-url-password', 'database-url-password']);
  });

  it('basic auth in an http(s) URL', () => {
    const text = `pip install --extra-index-url https://ci:${pw('cs-6')}@nexus.acme.io/repository/pypi/simple acme-lib`;
    expect(hits(text, 'ci/install.sh')).toEqual([['url-basic-auth', 1]]);
  });

  it('JDBC password parameters', () => {
    const text = `jdbc.url=jdbc:sqlserver://sql01:1433;databaseName=app;user=app;password=${pw('cs-7')};encrypt=true`;
    expect(hits(text, 'db.properties').map(([id]) => id)).toContain('connection-string-password');
  });

  it('anonymous FTP/HTTP logins are not credentials', () => {
    expect(hits('url.parse("https://anonymous:flabada@developer.mozilla.org/en-US/docs/Web/API/URL/password");', 'test/url.test.js')).toEqual([]);
    expect(hits(`mirror = ftp://anon:${pw('anon-1')}@ftp.gnu.org/gnu/`, 'mirrors.conf')).toEqual([]);
  });

  it('URLs and connection strings without secrets are quiet', () => {
    const text = [
      'DATABASE_URL=postgres://app@db.internal:5432/app',
      'DATABASE_URL=postgres://postgres:postgres@localhost:5432/dev',
      'DATABASE_URL=postgres://${PGUSER}:${PGPASSWORD}@${PGHOST}/app',
      'DSN = "postgresql://{user}:{password}@{host}/{db}"',
      'Server=sql01;Database=app;Integrated Security=true;',
      'Server=sql01;User Id=app;Password=${SQL_PASSWORD};',
      'https://user:pass@example.com/docs',
    ].join('\n');
    expect(hits(text, 'config/db.env')).toEqual([]);
  });

  it('curl -u credentials in a continued shell command, and an API key as the curl user name', () => {
    const text = [
      '#!/bin/sh',
      'curl -s -X POST https://search.corp.internal:9200/_bulk \\',
      "  -H 'Content-Type: application/x-ndjson' \\",
      `  -u elastic:${pw('cs-curl-1')} \\`,
      '  --data-binary @bulk.ndjson',
      `curl https://api.payments.example/v1/charges -u ${fake(ALNUM, 28, 'cs-curl-2')}:`,
    ].join('\n');
    expect(hits(text, 'scripts/load.sh')).toEqual([
      ['curl-user-credentials', 4],
      ['curl-user-credentials', 6],
    ]);
  });

  it('curl -u with variables, prompts and placeholders is not reported; -u of another command is not curl', () => {
    const text = [
      'curl -u "$ES_USER:$ES_PASSWORD" https://search:9200',
      'curl --user admin https://search:9200',
      'curl -u <user>:<password> https://search:9200',
      `mysql -u root -p${pw('cs-curl-3')}`,
      'echo done \\',
      `  -u admin:${pw('cs-curl-4')}`,
    ].join('\n');
    // mysql's -pPASSWORD is a password on a command line, not curl credentials.
    expect(hits(text, 'docs/search.sh')).toEqual([['command-line-password', 4]]);
  });

  it('an Authorization header with a scheme other than Bearer/Basic', () => {
    const text = `curl -H "Authorization: Api-Token ${fake(ALNUM, 40, 'cs-hdr-1')}" https://reports.corp.internal/api/use/635`;
    expect(hits(text, 'scripts/report.sh')).toEqual([['http-authorization-api-token', 1]]);
  });

  it('.netrc entries: a literal password on one line and across lines; env references are quiet', () => {
    const netrc = [
      `machine artifacts.corp.internal login deploy password ${fake(ALNUM, 24, 'cs-netrc-1')}`,
      '',
      'machine github.com',
      '  login x-access-token',
      '  password $GITHUB_TOKEN',
      '',
      'machine pypi.corp.internal',
      '  login ci',
      `  password ${pw('cs-netrc-2')}`,
    ].join('\n');
    expect(hits(netrc, 'ci/netrc')).toEqual([
      ['netrc-credentials', 1],
      ['netrc-credentials', 9],
    ]);
  });
});
