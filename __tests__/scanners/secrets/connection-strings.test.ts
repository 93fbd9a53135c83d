// Connection strings and credentialed URLs.
import { ALNUM, fake } from '../../../src/scanners/secrets/fake.js';
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
});
