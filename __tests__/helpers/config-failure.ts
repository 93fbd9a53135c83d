// The ConfigurationFailure a call throws; any other outcome fails the test.
import { ConfigurationFailure } from '../../src/config/failure.js';

export function failure(fn: () => unknown): ConfigurationFailure {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigurationFailure) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationFailure');
}
