// What a file's name says it holds, for files whose contents could not be scanned: a binary
// keystore may hold private keys, and a `.yaml` that reads as binary is hiding something.

const SECRET_CONTAINERS = /\.(p12|pfx|pkcs12|jks|jceks|bks|keystore|truststore|kdbx|kdb|gpg|pgp|der|p8|keytab)$/i;

const TEXT_EXTENSIONS =
  /\.(ya?ml|json|jsonc|json5|env|ini|cfg|conf|config|properties|toml|xml|tf|tfvars|hcl|py|js|mjs|cjs|ts|tsx|jsx|rb|go|java|kt|kts|cs|php|sh|bash|zsh|ps1|psm1|bat|cmd|sql|txt|md|pem|key|crt|cer|pub|gradle|sbt|swift|rs|c|h|cc|cpp|hpp|scala|pl|lua|r|tpl|j2|jinja2?|gotmpl|html?|vue|svelte|npmrc|pypirc|netrc|tfstate|csv|log)$/i;
const TEXT_NAMES = /(^|\/)(Dockerfile[^/]*|Containerfile|Makefile|Jenkinsfile|Procfile|\.env[^/]*|\.git-credentials|\.netrc|\.npmrc|\.pypirc|\.dockercfg|credentials|id_[a-z0-9]+)$/i;

const BINARY_MEDIA =
  /\.(png|jpe?g|gif|bmp|ico|icns|webp|tiff?|psd|svgz|mp[34]|m4a|wav|ogg|flac|avi|mov|mkv|webm|pdf|zip|gz|tgz|bz2|xz|zst|7z|rar|tar|jar|war|ear|whl|egg|so|dylib|dll|exe|o|a|lib|class|pyc|wasm|woff2?|ttf|otf|eot|bin|dat|db|sqlite3?|parquet|avro|orc|onnx|pt|pth|safetensors|h5|pb|tflite|npy|npz|pkl)$/i;

/** Binary formats whose purpose is to hold keys or credentials. */
export function isSecretContainer(relPath: string): boolean {
  return SECRET_CONTAINERS.test(relPath);
}

/** Names that promise text (source, config, keys): binary content under such a name is suspicious. */
export function hasTextName(relPath: string): boolean {
  return TEXT_EXTENSIONS.test(relPath) || TEXT_NAMES.test(relPath);
}

/** Names of media, archives and compiled artefacts: never text, whatever their size. */
export function hasBinaryName(relPath: string): boolean {
  return BINARY_MEDIA.test(relPath);
}
