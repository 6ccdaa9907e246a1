import { buildByChannel, type Api, type Channel } from '@shared/api';
import { ApiError, type ApiResult } from '@shared/api/contract';

/** A transport: sends one call and returns the tagged result, whether over IPC or HTTP. */
export type Transport = (channel: Channel, input: unknown) => Promise<ApiResult<unknown>>;

/** The typed `Api` over any transport; failed results become thrown `ApiError`s for TanStack Query. */
export function createApi(transport: Transport): Api {
  return buildByChannel((channel) => async (input: unknown) => {
    const result = await transport(channel, input);
    if (!result.ok) throw new ApiError(result.error);
    return result.data;
  }) as unknown as Api;
}
