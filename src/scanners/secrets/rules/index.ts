// All built-in rules: one module per provider (aws.ts, github.ts, stripe.ts...) or per format
// (private keys, JWTs, connection strings...), each with its samples in
// __tests__/scanners/secrets/rules/<module>.samples.ts. Order matters only as the tie-break between
// overlapping findings of equal specificity: earlier wins.
import { GENERIC_RULE } from '../generic.js';
import { LABELLED_SECRET_RULE } from '../labelled.js';
import type { SecretRule } from '../rule.js';
import { ADAFRUIT_RULES } from './adafruit.js';
import { ADOBE_RULES } from './adobe.js';
import { ADYEN_RULES } from './adyen.js';
import { AGORA_RULES } from './agora.js';
import { AI21_RULES } from './ai21.js';
import { AIRTABLE_RULES } from './airtable.js';
import { ALCHEMY_RULES } from './alchemy.js';
import { ALGOLIA_RULES } from './algolia.js';
import { ALIBABA_RULES } from './alibaba.js';
import { ANTHROPIC_RULES } from './anthropic.js';
import { APIFY_RULES } from './apify.js';
import { ASANA_RULES } from './asana.js';
import { ASSEMBLYAI_RULES } from './assemblyai.js';
import { ATLASSIAN_RULES } from './atlassian.js';
import { AWS_RULES } from './aws.js';
import { AZURE_IDENTIFIABLE_RULES } from './azure-identifiable.js';
import { AZURE_RULES } from './azure.js';
import { BEAMER_RULES } from './beamer.js';
import { BITBUCKET_RULES } from './bitbucket.js';
import { BRAINTREE_RULES } from './braintree.js';
import { BRANCHIO_RULES } from './branchio.js';
import { BREVO_RULES } from './brevo.js';
import { BUILDERIO_RULES } from './builderio.js';
import { BUILDKITE_RULES } from './buildkite.js';
import { CIRCLECI_RULES } from './circleci.js';
import { CLARIFAI_RULES } from './clarifai.js';
import { CLAY_RULES } from './clay.js';
import { CLICKHOUSE_RULES } from './clickhouse.js';
import { CLOJARS_RULES } from './clojars.js';
import { CLOUDFLARE_RULES } from './cloudflare.js';
import { COCKROACHDB_RULES } from './cockroachdb.js';
import { CODACY_RULES } from './codacy.js';
import { CODECLIMATE_RULES } from './codeclimate.js';
import { CODECOV_RULES } from './codecov.js';
import { COHERE_RULES } from './cohere.js';
import { COINBASE_RULES } from './coinbase.js';
import { CONNECTION_STRINGS_RULES } from './connection-strings.js';
import { CONTENTFUL_RULES } from './contentful.js';
import { CRATES_IO_RULES } from './crates-io.js';
import { CREDENTIAL_ARGUMENTS_RULES } from './credential-arguments.js';
import { CREDENTIAL_COMPARISON_RULES } from './credential-comparison.js';
import { CROSSMINT_RULES } from './crossmint.js';
import { CURSOR_RULES } from './cursor.js';
import { DATABRICKS_RULES } from './databricks.js';
import { DATADOG_RULES } from './datadog.js';
import { DEEPGRAM_RULES } from './deepgram.js';
import { DEEPL_RULES } from './deepl.js';
import { DEEPSEEK_RULES } from './deepseek.js';
import { DEFINED_NETWORKING_RULES } from './defined-networking.js';
import { DENO_RULES } from './deno.js';
import { DEPENDENCY_TRACK_RULES } from './dependency-track.js';
import { DIGITALOCEAN_RULES } from './digitalocean.js';
import { DISCORD_RULES } from './discord.js';
import { DOCKER_RULES } from './docker.js';
import { DOPPLER_RULES } from './doppler.js';
import { DRONECI_RULES } from './droneci.js';
import { DROPBOX_RULES } from './dropbox.js';
import { DUFFEL_RULES } from './duffel.js';
import { DYNATRACE_RULES } from './dynatrace.js';
import { EASYPOST_RULES } from './easypost.js';
import { ELEVENLABS_RULES } from './elevenlabs.js';
import { ENV_FILES_RULES } from './env-files.js';
import { FACEBOOK_RULES } from './facebook.js';
import { FIGMA_RULES } from './figma.js';
import { FIRECRAWL_RULES } from './firecrawl.js';
import { FLUTTERWAVE_RULES } from './flutterwave.js';
import { FLYIO_RULES } from './flyio.js';
import { FRAMEIO_RULES } from './frameio.js';
import { GITEA_RULES } from './gitea.js';
import { GITHUB_RULES } from './github.js';
import { GITLAB_RULES } from './gitlab.js';
import { GOCARDLESS_RULES } from './gocardless.js';
import { GOOGLE_RULES } from './google.js';
import { GRAFANA_RULES } from './grafana.js';
import { GROQ_RULES } from './groq.js';
import { HARNESS_RULES } from './harness.js';
import { HASHICORP_VAULT_RULES } from './hashicorp-vault.js';
import { HASURA_RULES } from './hasura.js';
import { HEROKU_RULES } from './heroku.js';
import { HTTP_AUTH_RULES } from './http-auth.js';
import { HUBSPOT_RULES } from './hubspot.js';
import { HUGGINGFACE_RULES } from './huggingface.js';
import { IAC_RULES } from './iac.js';
import { IBM_RULES } from './ibm.js';
import { INFRACOST_RULES } from './infracost.js';
import { INTERCOM_RULES } from './intercom.js';
import { INTRA42_RULES } from './intra42.js';
import { IONIC_RULES } from './ionic.js';
import { JENKINS_RULES } from './jenkins.js';
import { JFROG_RULES } from './jfrog.js';
import { JWT_RULES } from './jwt.js';
import { KERBEROS_RULES } from './kerberos.js';
import { KUBERNETES_RULES } from './kubernetes.js';
import { LANGFUSE_RULES } from './langfuse.js';
import { LANGSMITH_RULES } from './langsmith.js';
import { LAUNCHDARKLY_RULES } from './launchdarkly.js';
import { LINEAR_RULES } from './linear.js';
import { MAILCHIMP_RULES } from './mailchimp.js';
import { MAILGUN_RULES } from './mailgun.js';
import { MAPBOX_RULES } from './mapbox.js';
import { MATTERMOST_RULES } from './mattermost.js';
import { MAXMIND_RULES } from './maxmind.js';
import { MICROSOFT_TEAMS_RULES } from './microsoft-teams.js';
import { MISTRAL_RULES } from './mistral.js';
import { MOLLIE_RULES } from './mollie.js';
import { MONGODB_RULES } from './mongodb.js';
import { NETLIFY_RULES } from './netlify.js';
import { NEW_RELIC_RULES } from './new-relic.js';
import { NOTION_RULES } from './notion.js';
import { NPM_RULES } from './npm.js';
import { NUGET_RULES } from './nuget.js';
import { OCTOPUS_DEPLOY_RULES } from './octopus-deploy.js';
import { OKTA_RULES } from './okta.js';
import { ONEPASSWORD_RULES } from './onepassword.js';
import { OPENAI_RULES } from './openai.js';
import { OPENROUTER_RULES } from './openrouter.js';
import { OPENSHIFT_RULES } from './openshift.js';
import { PAGERDUTY_RULES } from './pagerduty.js';
import { PASSWORD_HASHES_RULES } from './password-hashes.js';
import { PAYPAL_RULES } from './paypal.js';
import { PERPLEXITY_RULES } from './perplexity.js';
import { PHOTOROOM_RULES } from './photoroom.js';
import { PINECONE_RULES } from './pinecone.js';
import { PLAID_RULES } from './plaid.js';
import { PLANETSCALE_RULES } from './planetscale.js';
import { PORTAINER_RULES } from './portainer.js';
import { POSTHOG_RULES } from './posthog.js';
import { POSTMAN_RULES } from './postman.js';
import { POSTMARK_RULES } from './postmark.js';
import { POWER_AUTOMATE_RULES } from './power-automate.js';
import { PREFECT_RULES } from './prefect.js';
import { PRIVATE_KEYS_RULES } from './private-keys.js';
import { PULUMI_RULES } from './pulumi.js';
import { PUSHER_RULES } from './pusher.js';
import { PYPI_RULES } from './pypi.js';
import { PYX_RULES } from './pyx.js';
import { RAZORPAY_RULES } from './razorpay.js';
import { README_RULES } from './readme.js';
import { REPLICATE_RULES } from './replicate.js';
import { RUBYGEMS_RULES } from './rubygems.js';
import { SALESFORCE_RULES } from './salesforce.js';
import { SCALEWAY_RULES } from './scaleway.js';
import { SCALINGO_RULES } from './scalingo.js';
import { SCRAPFLY_RULES } from './scrapfly.js';
import { SEGMENT_RULES } from './segment.js';
import { SENDGRID_RULES } from './sendgrid.js';
import { SENTRY_RULES } from './sentry.js';
import { SHIPPO_RULES } from './shippo.js';
import { SHOPIFY_RULES } from './shopify.js';
import { SLACK_RULES } from './slack.js';
import { SNYK_RULES } from './snyk.js';
import { SONARQUBE_RULES } from './sonarqube.js';
import { SOURCEGRAPH_RULES } from './sourcegraph.js';
import { SPECTRALOPS_RULES } from './spectralops.js';
import { SQUARE_RULES } from './square.js';
import { STRIPE_RULES } from './stripe.js';
import { SUPABASE_RULES } from './supabase.js';
import { TABLEAU_RULES } from './tableau.js';
import { TAILSCALE_RULES } from './tailscale.js';
import { TAVILY_RULES } from './tavily.js';
import { TEAMWORK_RULES } from './teamwork.js';
import { TELEGRAM_RULES } from './telegram.js';
import { TENCENT_RULES } from './tencent.js';
import { TERRAFORM_CLOUD_RULES } from './terraform-cloud.js';
import { THINGSBOARD_RULES } from './thingsboard.js';
import { TOGETHER_RULES } from './together.js';
import { TRAVIS_CI_RULES } from './travis-ci.js';
import { TRUENAS_RULES } from './truenas.js';
import { TWILIO_RULES } from './twilio.js';
import { TWITCH_RULES } from './twitch.js';
import { TWITTER_RULES } from './twitter.js';
import { TYPEFORM_RULES } from './typeform.js';
import { VERCEL_RULES } from './vercel.js';
import { VOICEFLOW_RULES } from './voiceflow.js';
import { VONAGE_RULES } from './vonage.js';
import { WANDB_RULES } from './wandb.js';
import { XAI_RULES } from './xai.js';
import { YANDEX_RULES } from './yandex.js';
import { ZENDESK_RULES } from './zendesk.js';
import { ZOHO_RULES } from './zoho.js';

export const BUILTIN_RULES: readonly SecretRule[] = Object.freeze([
  ...AWS_RULES,
  ...AZURE_IDENTIFIABLE_RULES,
  ...AZURE_RULES,
  ...GOOGLE_RULES,
  ...ALIBABA_RULES,
  ...TENCENT_RULES,
  ...IBM_RULES,
  ...YANDEX_RULES,
  ...CLOUDFLARE_RULES,
  ...TAILSCALE_RULES,
  ...DENO_RULES,
  ...PORTAINER_RULES,
  ...TRUENAS_RULES,
  ...POWER_AUTOMATE_RULES,
  ...DATABRICKS_RULES,
  ...SCALEWAY_RULES,
  ...SUPABASE_RULES,
  ...PLANETSCALE_RULES,
  ...FLYIO_RULES,
  ...COCKROACHDB_RULES,
  ...MONGODB_RULES,
  ...PRIVATE_KEYS_RULES,
  ...GITHUB_RULES,
  ...GITLAB_RULES,
  ...BITBUCKET_RULES,
  ...SOURCEGRAPH_RULES,
  ...GITEA_RULES,
  ...NPM_RULES,
  ...PYPI_RULES,
  ...DOCKER_RULES,
  ...JFROG_RULES,
  ...RUBYGEMS_RULES,
  ...CRATES_IO_RULES,
  ...NUGET_RULES,
  ...CLOJARS_RULES,
  ...CIRCLECI_RULES,
  ...BUILDKITE_RULES,
  ...TRAVIS_CI_RULES,
  ...CODECOV_RULES,
  ...CODECLIMATE_RULES,
  ...PULUMI_RULES,
  ...OCTOPUS_DEPLOY_RULES,
  ...HARNESS_RULES,
  ...SONARQUBE_RULES,
  ...PREFECT_RULES,
  ...README_RULES,
  ...SCALINGO_RULES,
  ...DRONECI_RULES,
  ...JENKINS_RULES,
  ...INFRACOST_RULES,
  ...DEFINED_NETWORKING_RULES,
  ...DEPENDENCY_TRACK_RULES,
  ...IONIC_RULES,
  ...PYX_RULES,
  ...SNYK_RULES,
  ...OPENAI_RULES,
  ...ANTHROPIC_RULES,
  ...HUGGINGFACE_RULES,
  ...COHERE_RULES,
  ...GROQ_RULES,
  ...REPLICATE_RULES,
  ...PERPLEXITY_RULES,
  ...XAI_RULES,
  ...OPENROUTER_RULES,
  ...LANGSMITH_RULES,
  ...LANGFUSE_RULES,
  ...PINECONE_RULES,
  ...MISTRAL_RULES,
  ...DEEPSEEK_RULES,
  ...TOGETHER_RULES,
  ...ELEVENLABS_RULES,
  ...WANDB_RULES,
  ...ASSEMBLYAI_RULES,
  ...DEEPGRAM_RULES,
  ...TAVILY_RULES,
  ...FIRECRAWL_RULES,
  ...AI21_RULES,
  ...CLARIFAI_RULES,
  ...CURSOR_RULES,
  ...DEEPL_RULES,
  ...VOICEFLOW_RULES,
  ...STRIPE_RULES,
  ...SQUARE_RULES,
  ...BRAINTREE_RULES,
  ...PAYPAL_RULES,
  ...ADYEN_RULES,
  ...RAZORPAY_RULES,
  ...FLUTTERWAVE_RULES,
  ...PLAID_RULES,
  ...GOCARDLESS_RULES,
  ...MOLLIE_RULES,
  ...COINBASE_RULES,
  ...SLACK_RULES,
  ...TWILIO_RULES,
  ...SENDGRID_RULES,
  ...MAILGUN_RULES,
  ...MAILCHIMP_RULES,
  ...BREVO_RULES,
  ...DISCORD_RULES,
  ...TELEGRAM_RULES,
  ...MICROSOFT_TEAMS_RULES,
  ...TWITTER_RULES,
  ...TWITCH_RULES,
  ...FACEBOOK_RULES,
  ...VONAGE_RULES,
  ...AGORA_RULES,
  ...PUSHER_RULES,
  ...POSTMARK_RULES,
  ...MATTERMOST_RULES,
  ...INTERCOM_RULES,
  ...ZENDESK_RULES,
  ...DATADOG_RULES,
  ...NEW_RELIC_RULES,
  ...SENTRY_RULES,
  ...PAGERDUTY_RULES,
  ...SHOPIFY_RULES,
  ...VERCEL_RULES,
  ...ATLASSIAN_RULES,
  ...LINEAR_RULES,
  ...NOTION_RULES,
  ...POSTMAN_RULES,
  ...DIGITALOCEAN_RULES,
  ...HEROKU_RULES,
  ...DOPPLER_RULES,
  ...HASHICORP_VAULT_RULES,
  ...TERRAFORM_CLOUD_RULES,
  ...GRAFANA_RULES,
  ...AIRTABLE_RULES,
  ...ASANA_RULES,
  ...CONTENTFUL_RULES,
  ...DYNATRACE_RULES,
  ...MAPBOX_RULES,
  ...TYPEFORM_RULES,
  ...OKTA_RULES,
  ...ONEPASSWORD_RULES,
  ...LAUNCHDARKLY_RULES,
  ...HUBSPOT_RULES,
  ...ALGOLIA_RULES,
  ...CLICKHOUSE_RULES,
  ...MAXMIND_RULES,
  ...OPENSHIFT_RULES,
  ...SHIPPO_RULES,
  ...PHOTOROOM_RULES,
  ...SPECTRALOPS_RULES,
  ...ZOHO_RULES,
  ...DROPBOX_RULES,
  ...SEGMENT_RULES,
  ...HASURA_RULES,
  ...EASYPOST_RULES,
  ...ADOBE_RULES,
  ...DUFFEL_RULES,
  ...FRAMEIO_RULES,
  ...NETLIFY_RULES,
  ...SALESFORCE_RULES,
  ...ADAFRUIT_RULES,
  ...APIFY_RULES,
  ...BUILDERIO_RULES,
  ...BRANCHIO_RULES,
  ...CLAY_RULES,
  ...CODACY_RULES,
  ...CROSSMINT_RULES,
  ...BEAMER_RULES,
  ...INTRA42_RULES,
  ...THINGSBOARD_RULES,
  ...TABLEAU_RULES,
  ...TEAMWORK_RULES,
  ...ALCHEMY_RULES,
  ...POSTHOG_RULES,
  ...FIGMA_RULES,
  ...SCRAPFLY_RULES,
  ...JWT_RULES,
  ...CONNECTION_STRINGS_RULES,
  ...HTTP_AUTH_RULES,
  ...CREDENTIAL_ARGUMENTS_RULES,
  ...CREDENTIAL_COMPARISON_RULES,
  ...KUBERNETES_RULES,
  ...IAC_RULES,
  ...PASSWORD_HASHES_RULES,
  ...KERBEROS_RULES,
  GENERIC_RULE,
  LABELLED_SECRET_RULE,
  ...ENV_FILES_RULES,
]);
