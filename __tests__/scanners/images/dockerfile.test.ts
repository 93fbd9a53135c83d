import { scanImages } from '../../../src/scanners/images/index.js';
import type { SourceFile } from '../../../src/scanners/types.js';

const file = (path: string, text: string): SourceFile => ({ path, text, context: 'source' });
const DIGEST = `sha256:${'e'.repeat(64)}`;

describe('Dockerfile images', () => {
  it('reads a multi-stage build with ARG defaults, stage references and scratch', () => {
    const text = [
      '# syntax=docker/dockerfile:1.7', // 1
      'ARG GO_VERSION=1.22', // 2
      'ARG BASE', // 3
      'ARG DISTROLESS="gcr.io/distroless/static:nonroot"', // 4
      'FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine AS build', // 5
      'WORKDIR /src', // 6
      'COPY --from=tonistiigi/xx:1.4.0 / /', // 7
      'RUN go build -o /out/app ./cmd/app', // 8
      '', // 9
      'FROM build AS test', // 10
      'RUN go test ./...', // 11
      '', // 12
      'FROM ${BASE} AS base', // 13
      'FROM scratch AS empty', // 14
      `FROM \${DISTROLESS} AS final`, // 15
      'COPY --from=build /out/app /app', // 16
      'COPY --from=0 /etc/passwd /etc/passwd', // 17
      'COPY --from=nginx:latest /etc/nginx/nginx.conf /etc/nginx/', // 18
      'ENTRYPOINT ["/app"]', // 19
    ].join('\n');
    const refs = scanImages(file('services/api/Dockerfile', text));
    expect(refs.map((r) => [r.line, r.column, r.image, r.status, r.container])).toEqual([
      [1, 10, 'docker/dockerfile:1.7', 'tagged', undefined],
      [5, 32, 'golang:1.22-alpine', 'tagged', 'build'],
      [7, 13, 'tonistiigi/xx:1.4.0', 'tagged', 'build'],
      [13, 6, '${BASE}', 'unresolved', 'base'],
      [15, 6, 'gcr.io/distroless/static:nonroot', 'tagged', 'final'],
      [18, 13, 'nginx:latest', 'latest', 'final'],
    ]);
    expect(refs.every((r) => r.source === 'dockerfile' && r.path === 'services/api/Dockerfile')).toBe(true);
  });

  it('handles continuations, lowercase keywords, digests and untagged images', () => {
    const text = [
      'from \\', // 1
      '    --platform=linux/amd64 \\', // 2
      `    python@${DIGEST} as app`, // 3
      'RUN apt-get update && \\', // 4
      '    apt-get install -y curl', // 5
      'FROM ubuntu', // 6
    ].join('\n');
    const refs = scanImages(file('Containerfile', text));
    expect(refs.map((r) => [r.line, r.column, r.image, r.status])).toEqual([
      [3, 5, `python@${DIGEST}`, 'digest'],
      [6, 6, 'ubuntu', 'untagged'],
    ]);
  });

  it('substitutes ${VAR:-default} and honours the escape directive', () => {
    const text = ['# escape=`', 'ARG VARIANT', 'FROM node:${VARIANT:-20-slim} AS web', 'RUN echo hi `', '  && echo there', 'FROM alpine:3.20'].join('\n');
    const refs = scanImages(file('web.Dockerfile', text));
    expect(refs.map((r) => [r.line, r.image, r.status])).toEqual([
      [3, 'node:20-slim', 'tagged'],
      [6, 'alpine:3.20', 'tagged'],
    ]);
  });

  it('skips heredoc bodies that look like instructions', () => {
    const text = ['FROM alpine:3.20', 'RUN <<EOF', 'FROM evil:latest', 'echo done', 'EOF', 'COPY <<-"END" /x', '\tFROM nope', '\tEND', 'FROM debian:12'].join('\n');
    const refs = scanImages(file('Dockerfile.worker', text));
    expect(refs.map((r) => r.image)).toEqual(['alpine:3.20', 'debian:12']);
  });

  it('reads RUN --mount from= images and ignores stage names case-insensitively', () => {
    const text = ['FROM golang:1.22 AS Builder', 'FROM alpine:3.20', 'RUN --mount=type=bind,from=builder,source=/x,target=/y true', 'RUN --mount=type=cache,from=busybox:1.36,target=/c true'].join('\n');
    const refs = scanImages(file('Dockerfile', text));
    expect(refs.map((r) => r.image)).toEqual(['golang:1.22', 'alpine:3.20', 'busybox:1.36']);
  });

  it('does not treat other files as Dockerfiles', () => {
    expect(scanImages(file('Dockerfile.dockerignore', 'FROM nginx'))).toEqual([]);
    expect(scanImages(file('docs/Dockerfile.md', 'FROM nginx'))).toEqual([]);
    expect(scanImages(file('notes.txt', 'FROM nginx'))).toEqual([]);
  });

  it('reads directives after leading whitespace and reports the syntax frontend image', () => {
    const text = ['\uFEFF  #  Syntax = ghcr.io/acme/frontend:2@' + DIGEST, ' # ESCAPE=`', 'FROM `', '  alpine:3.20', '# syntax=not/a-directive:1', 'FROM busybox'].join('\n');
    const refs = scanImages(file('Dockerfile', text));
    expect(refs.map((r) => [r.line, r.column, r.image, r.status])).toEqual([
      [1, 16, `ghcr.io/acme/frontend:2@${DIGEST}`, 'digest'],
      [4, 3, 'alpine:3.20', 'tagged'],
      [6, 6, 'busybox', 'untagged'],
    ]);
  });

  it('removes quotes inside ARG defaults and ${VAR:-"word"} the way the Docker lexer does', () => {
    const text = [
      'ARG BASE=${BASE:-"registry.example.org/base:1.2"}', // 1
      "ARG TAG='3.20'", // 2
      'ARG REPO=al"pine"', // 3
      'ARG LITERAL=\'$TAG\'', // 4
      'FROM ${BASE} AS one', // 5
      'FROM ${REPO}:${TAG} AS two', // 6
      'FROM ${LITERAL} AS three', // 7
      'FROM ${MISSING:-"debian:12"} AS four', // 8
      'FROM ${UNCLOSED AS five', // 9
    ].join('\n');
    const refs = scanImages(file('Dockerfile', text));
    expect(refs.map((r) => [r.line, r.image, r.status])).toEqual([
      [5, 'registry.example.org/base:1.2', 'tagged'],
      [6, 'alpine:3.20', 'tagged'],
      [7, '$TAG', 'unresolved'],
      [8, 'debian:12', 'tagged'],
      [9, '${UNCLOSED', 'unresolved'],
    ]);
  });

  it('uses only ARGs declared before the first FROM in FROM lines (stage ARGs are scoped to their stage)', () => {
    const text = ['ARG IMG=nginx:1.26', 'FROM $IMG AS a', 'ARG IMG=nginx:1.27', 'ARG ONLY_IN_STAGE=redis:7', 'FROM $IMG AS b', 'FROM $ONLY_IN_STAGE'].join('\n');
    const refs = scanImages(file('Dockerfile', text));
    expect(refs.map((r) => [r.line, r.image, r.status])).toEqual([
      [2, 'nginx:1.26', 'tagged'],
      [5, 'nginx:1.26', 'tagged'],
      [6, '$ONLY_IN_STAGE', 'unresolved'],
    ]);
  });
});
