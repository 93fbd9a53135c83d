// The `yaml` library's parser reads `process.env.LOG_TOKENS` once per token (and its composer
// `LOG_STREAM` once per document) to decide whether to print debug output. Each read goes
// through Node's environment interceptor, about half a microsecond: a quarter of the parse time
// of a big Helm values file. While a parse runs, `process.env` is swapped for a plain object
// holding just those two variables, so each is looked up once per file instead of per token.
// The swap is synchronous and undone before returning, so no other code ever sees it.

/** Runs `parse` with `process.env` replaced by a snapshot of the variables the yaml library reads. */
export function withYamlEnvSnapshot<T>(parse: () => T): T {
  const env = process.env;
  const snapshot: NodeJS.ProcessEnv = {};
  // Kept only when set, so the library behaves exactly as with the real environment.
  const tokens = env.LOG_TOKENS;
  const stream = env.LOG_STREAM;
  if (tokens !== undefined) snapshot.LOG_TOKENS = tokens;
  if (stream !== undefined) snapshot.LOG_STREAM = stream;
  process.env = snapshot;
  try {
    return parse();
  } finally {
    process.env = env;
  }
}
