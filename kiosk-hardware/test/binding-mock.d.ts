/**
 * @serialport/binding-mock's exports map has no "types" entry, so with `moduleResolution: Bundler`
 * TypeScript cannot find the declarations it ships. This restates the part the tests use, as
 * published in its dist/index.d.ts (10.2.x).
 */
declare module '@serialport/binding-mock' {
  export interface CreatePortOptions {
    echo?: boolean;
    record?: boolean;
    readyData?: Buffer;
    maxReadSize?: number;
  }

  export class MockPortBinding {
    readonly openOptions: { path: string; baudRate: number };
    readonly isOpen: boolean;
    lastWrite: Buffer | null;
    /** Everything written since the port was opened, when the port was created with `record`. */
    recording: Buffer;
    /** Pretends the device sent these bytes. */
    emitData(data: Buffer | string): void;
    write(buffer: Buffer): Promise<void>;
  }

  export interface MockBindingInterface {
    reset(): void;
    createPort(path: string, options?: CreatePortOptions): void;
    list(): Promise<{ path: string }[]>;
    open(options: { path: string; baudRate: number }): Promise<MockPortBinding>;
  }

  export const MockBinding: MockBindingInterface;
}
