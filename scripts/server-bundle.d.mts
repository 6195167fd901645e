export declare const ROOT: string;
export declare const SERVER_BUNDLE: string;
export declare const SERVER_NODE_FLAGS: string[];
export declare const SERVER_ENV: Record<string, string>;
export declare const bundleIsStale: (outfile?: string) => boolean;
export declare const bundleServer: (options?: {
  entry?: string;
  outfile?: string;
  root?: string;
}) => Promise<string>;
