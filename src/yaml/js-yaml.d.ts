// The part of js-yaml 4 that fast-parse.ts uses (the package ships no type declarations).
declare module 'js-yaml' {
  export interface Schema {
    readonly __schema: unique symbol;
  }
  export interface ListenerState {
    position: number;
    line: number;
    kind: 'scalar' | 'mapping' | 'sequence' | null;
    result: unknown;
    tag: string | null;
    anchor: string | null;
  }
  export interface LoadOptions {
    schema?: Schema;
    json?: boolean;
    maxDepth?: number;
    listener?: (event: 'open' | 'close', state: ListenerState) => void;
  }
  export const CORE_SCHEMA: Schema;
  export function loadAll(text: string, iterator: (doc: unknown) => void, options?: LoadOptions): void;
  const jsYaml: { CORE_SCHEMA: Schema; loadAll: typeof loadAll };
  export default jsYaml;
}
