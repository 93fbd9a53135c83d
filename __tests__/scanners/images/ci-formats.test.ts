import { scanImages } from '../../../src/scanners/images/index.js';
import { classifyPath } from '../../../src/scanners/shared/formats.js';
import type { ImageReference, SourceFile } from '../../../src/scanners/types.js';

const file = (path: string, text: string): SourceFile => ({ path, text, context: 'source' });
const rows = (refs: ImageReference[]) => refs.map((r) => [r.line, r.column, r.image, r.status, r.container]);
const D = `sha256:${'c3'.repeat(32)}`;

describe('CI file names', () => {
  it('classifies CI configuration paths', () => {
    expect(classifyPath('.gitlab-ci.yml')).toBe('gitlab-ci');
    expect(classifyPath('ci/templates/deploy.gitlab-ci.yml')).toBe('gitlab-ci');
    expect(classifyPath('.gitlab/ci/lint.yml')).toBe('gitlab-ci');
    expect(classifyPath('.circleci/config.yml')).toBe('circleci');
    expect(classifyPath('.drone.yml')).toBe('drone');
    expect(classifyPath('.woodpecker.yaml')).toBe('woodpecker');
    expect(classifyPath('.woodpecker/test.yml')).toBe('woodpecker');
    expect(classifyPath('bitbucket-pipelines.yml')).toBe('bitbucket-pipelines');
    expect(classifyPath('deploy/docker-compose.prod.yml.j2')).toBe('compose');
    expect(classifyPath('gitlab-ci-notes.md')).toBe('other');
  });
});

describe('GitLab CI', () => {
  it('reads global, default and job images and services, string or {name}', () => {
    const text = `image: python:3.12-slim
default:
  image:
    name: $CI_REGISTRY/tools/base:2
    entrypoint: [""]
  services:
    - postgres:16
variables:
  BUILDER_IMAGE: golang:1.22
include:
  - component: gitlab.example.org/group/lint/check@1.2.0
.template:
  image: node:20
test:
  extends: .template
  services:
    - name: redis@${D}
      alias: cache
      command: ["redis-server", "--appendonly", "yes:no"]
  script:
    - docker run --rm alpine:3.20 true
build:
  image: \${BUILDER_IMAGE}
stages: [test]
`;
    expect(rows(scanImages(file('.gitlab-ci.yml', text)))).toEqual([
      [1, 8, 'python:3.12-slim', 'tagged', undefined],
      [4, 11, '$CI_REGISTRY/tools/base:2', 'unresolved', 'default'],
      [7, 7, 'postgres:16', 'tagged', 'default'],
      [13, 10, 'node:20', 'tagged', '.template'],
      [17, 13, `redis@${D}`, 'digest', 'test'],
      [23, 10, '${BUILDER_IMAGE}', 'unresolved', 'build'],
    ]);
  });

  it('falls back to lines when the YAML is rejected (repeated merge keys), still reading services lists', () => {
    const text = `.a: &a {tags: [docker]}
.b: &b {retry: 1}
scan:
  <<: *a
  <<: *b
  image: docker:27
  services:
    - docker:27-dind
    - name: registry.example.org/mirror:1
      command:
        - not:an-image
`;
    expect(rows(scanImages(file('.gitlab-ci.yml', text)))).toEqual([
      [6, 10, 'docker:27', 'tagged', undefined],
      [8, 7, 'docker:27-dind', 'tagged', undefined],
      [9, 13, 'registry.example.org/mirror:1', 'tagged', undefined],
    ]);
  });
});

describe('CircleCI', () => {
  it('reads docker executors (also through anchors) but not orbs or machine images', () => {
    const text = `version: 2.1
orbs:
  node: circleci/node@5.2.0
defaults: &py
  image: cimg/python:3.12
executors:
  builder:
    docker:
      - image: cimg/base:2024.06
jobs:
  test:
    docker:
      - *py
      - image: postgres:16@${D}
        environment: {POSTGRES_PASSWORD: x}
  vm:
    machine:
      image: ubuntu-2204:2024.05.1
`;
    expect(rows(scanImages(file('.circleci/config.yml', text)))).toEqual([
      [5, 10, 'cimg/python:3.12', 'tagged', 'test'],
      [9, 16, 'cimg/base:2024.06', 'tagged', 'builder'],
      [14, 16, `postgres:16@${D}`, 'digest', 'test'],
    ]);
  });
});

describe('Drone and Woodpecker', () => {
  it('reads Drone pipeline steps and services, not other document kinds', () => {
    const text = `kind: pipeline
type: docker
steps:
  - name: test
    image: golang:1.22
    environment: {DB: mysql}
services:
  - name: db
    image: mariadb
---
kind: secret
name: token
get: {path: secrets/ci, name: image}
`;
    expect(rows(scanImages(file('.drone.yml', text)))).toEqual([
      [5, 12, 'golang:1.22', 'tagged', 'test'],
      [9, 12, 'mariadb', 'untagged', 'db'],
    ]);
  });

  it('reads Woodpecker steps as a map or a list, services and clone', () => {
    const text = `clone:
  git:
    image: woodpeckerci/plugin-git:2.5.1
steps:
  lint:
    image: "node:20-alpine"
services:
  - name: cache
    image: valkey/valkey:7.2
`;
    expect(rows(scanImages(file('.woodpecker/lint.yml', text)))).toEqual([
      [3, 12, 'woodpeckerci/plugin-git:2.5.1', 'tagged', 'git'],
      [6, 13, 'node:20-alpine', 'tagged', 'lint'],
      [9, 12, 'valkey/valkey:7.2', 'tagged', 'cache'],
    ]);
  });
});

describe('Bitbucket Pipelines', () => {
  it('reads global, service and step images and docker:// pipes, not Bitbucket pipes', () => {
    const text = `image:
  name: atlassian/default-image:4
  username: $DOCKER_USER
definitions:
  services:
    db:
      image: postgres:16
  steps:
    - step: &lint
        name: Lint
        image: node:20
        script: [npm run lint]
pipelines:
  branches:
    main:
      - step: *lint
      - parallel:
          - step:
              name: Scan
              script:
                - pipe: docker://aquasec/trivy:0.53.0
                - pipe: atlassian/slack-notify:2.2.0
      - stage:
          name: Deploy
          steps:
            - step:
                image: $DEPLOY_IMAGE
                services: [db]
                script: [./deploy.sh]
`;
    expect(rows(scanImages(file('bitbucket-pipelines.yml', text)))).toEqual([
      [2, 9, 'atlassian/default-image:4', 'tagged', undefined],
      [7, 14, 'postgres:16', 'tagged', 'db'],
      [11, 16, 'node:20', 'tagged', 'Lint'],
      [21, 34, 'aquasec/trivy:0.53.0', 'tagged', 'Scan'],
      [27, 24, '$DEPLOY_IMAGE', 'unresolved', undefined],
    ]);
  });
});
