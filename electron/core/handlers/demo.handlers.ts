import { demoContracts } from '@shared/api/demo.contract';
import { createTypedHandler } from './typed-handler';
import type { createDemoService } from '../services/demo.service';

export function demoHandlers(demo: ReturnType<typeof createDemoService>) {
  return {
    'demo:status': createTypedHandler(demoContracts['demo:status'], () => demo.status()),
    'demo:load': createTypedHandler(demoContracts['demo:load'], (input) => demo.load(input?.language ?? 'en', input?.places ?? 'benelux')),
    'demo:remove': createTypedHandler(demoContracts['demo:remove'], () => demo.remove()),
  };
}
