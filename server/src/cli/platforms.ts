/** Platform names a config or `--platform` may give, as the config schema lists them. */
import schema from '../../../schemas/scrubs-config.schema.json';

export const PLATFORMS: readonly string[] = (schema.properties.platform as { enum: string[] }).enum;
