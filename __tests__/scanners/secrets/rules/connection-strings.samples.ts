// True and false samples of src/scanners/secrets/rules/connection-strings.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'connection-string-password': {
    match: [
      'SQL_CONNECTION = "Server=tcp:demo.database;User Id=admin;Password=SuperSecret!"',
      `"DefaultConnection": "Data Source=sql01;Initial Catalog=Orders;User ID=app;Password=${fake(ALNUM, 16, 'conn-1')};"`,
      `DSN=orders;UID=report;PWD=${fake(ALNUM, 12, 'conn-2')};`,
    ],
    noMatch: [
      'Server=tcp:demo.database;User Id=admin;Password=${DB_PASSWORD}',
      'Server=tcp:demo.database;Integrated Security=true;',
      '"Server=db;User Id=sa;Password={0};"',
      'Server=db;User Id=app;Password=<password>;',
    ],
  },
  'database-url-password': {
    match: [
      `DATABASE_URL=postgres://orders:${fake(ALNUM, 16, 'dburl-1')}@db.prod.internal:5432/orders`,
      `MONGO_URI = "mongodb+srv://svc:${fake(ALNUM, 20, 'dburl-2')}@cluster0.ab1cd.mongodb.net/app"`,
      `spring.datasource.url=jdbc:mysql://app:${fake(ALNUM, 14, 'dburl-3')}@mysql:3306/app`,
      `CELERY_BROKER_URL=amqp://worker:${fake(ALNUM, 18, 'dburl-4')}@rabbitmq:5672//`,
      `REDIS_URL=redis://:${fake(ALNUM, 24, 'dburl-5')}@cache.internal:6379/0`,
      `engine = create_engine("postgresql+psycopg2://etl:${fake(ALNUM, 15, 'dburl-6')}@warehouse/dw")`,
    ],
    noMatch: [
      'DATABASE_URL=postgres://postgres:postgres@localhost:5432/dev',
      'DATABASE_URL=postgres://user:password@localhost/db',
      'DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}/app',
      'url = f"postgresql://{user}:{password}@{host}/{db}"',
      'DATABASE_URL=postgres://app@db.internal/app',
    ],
  },
  'url-basic-auth': {
    match: [
      `pip install --index-url https://deploy:${fake(ALNUM, 20, 'basic-1')}@pypi.corp.internal/simple pkg`,
      `url = "https://admin:${fake(ALNUM, 14, 'basic-2')}@grafana.corp.internal/api/dashboards"`,
    ],
    noMatch: [
      'https://user:pass@example.com/path',
      'https://${USER}:${TOKEN}@git.corp/repo.git',
      'https://github.com/acme/app',
      'cvs -d :pserver:anoncvs@sources.redhat.com:/cvs/src and cvs://:pserver:anoncvs@sources.redhat.com:/cvs/src',
    ],
  },
  'url-password-parameter': {
    match: [`jdbc:postgresql://db.internal:5432/app?user=app&password=${fake(ALNUM, 16, 'qp-1')}&ssl=true`],
    noMatch: ['jdbc:postgresql://db:5432/app?user=app&password=${DB_PASSWORD}', 'https://corp/reset?password=new'],
  },
};
