/** The version `aws-requests --version` prints. */
export const VERSION = '0.1.0';
