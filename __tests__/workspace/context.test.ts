// Where a file sits: source, test, example or docs (issue 12's list), which policy ranks lower.
import { classifyContext } from '../../src/workspace/context.js';

describe('file context', () => {
  it.each([
    ['README.md', 'docs'],
    ['charts/redis/README.md', 'docs'],
    ['docs/install/values.yaml', 'docs'],
    ['charts/redis/templates/NOTES.txt', 'docs'],
    ['site/content/en/guide.mdx', 'docs'],
    ['charts/argo-cd/README.md.gotmpl', 'docs'],
    ['docs-src/index.md.j2', 'docs'],
    ['charts/argo-cd/templates/secret.yaml.gotmpl', 'source'],
    ['test/e2e/framework/setup.go', 'test'],
    ['pkg/vault/vault_test.go', 'test'],
    ['internal/testdata/secret.yaml', 'test'],
    ['runtime/template/v2/_testdata/root-ca.key', 'test'],
    ['providers/v1/chef/fake/fake.go', 'test'],
    ['pkg/fakes/client.go', 'test'],
    ['web/__fixtures__/user.json', 'test'],
    ['charts/prometheus/ci/secret-values.yaml', 'test'],
    ['e2e/login.spec.ts', 'test'],
    ['accounts/tests.py', 'test'],
    ['app/test_views.py', 'test'],
    ['integration-tests/db/compose.yaml', 'test'],
    ['systemtest/src/main/java/io/strimzi/systemtest/resources/SetupSeaweedFS.java', 'test'],
    ['system-tests/kafka/values.yaml', 'test'],
    ['acceptance_tests/login.go', 'test'],
    ['e2e-tests/suite.go', 'test'],
    ['src/systems/testing.go', 'source'],
    ['pkg/ecosystem/main.go', 'source'],
    ['examples/mysql/secret.yaml', 'example'],
    ['official-documentation-samples/wordpress/compose.yaml', 'example'],
    ['quickstart/install.yaml', 'example'],
    ['demo-app/values.yaml', 'example'],
    ['tutorials/step1/app.py', 'example'],
    ['charts/redis/values.yaml', 'source'],
    ['charts/redis/templates/secret.yaml', 'source'],
    ['src/integrations/slack.py', 'source'],
    ['deploy/contest/app.yaml', 'source'],
    ['cmd/ci/main.go', 'source'],
  ])('%s is %s', (path, context) => {
    expect(classifyContext(path)).toBe(context);
  });
});
