import type { OfficeClient } from '@queue/client';
import type { CommandInput, CommandResult, View } from '@queue/protocol';

/** Sends a command a test relies on as set-up; a refusal fails the test with the server's reason. */
export const sendOk = async <V extends View>(
  client: OfficeClient<V>,
  command: CommandInput,
): Promise<CommandResult> => {
  const response = await client.send(command);
  if (!response.ok) throw new Error(`${command.type}: ${response.error.message.en}`);
  return response.result;
};
