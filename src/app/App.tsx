/**
 * The app shell: its state and wiring (use-app-model.ts) rendered by the layout (AppLayout.tsx).
 */
import { AppLayout } from './AppLayout';
import { useAppModel, type AppProps } from './use-app-model';

export function App(props: AppProps) {
  return <AppLayout m={useAppModel(props)} />;
}
