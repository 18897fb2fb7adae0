/**
 * The app's layout: top bar, side panel (AppSide.tsx), the map area (AppMapArea.tsx) and the drawer of the current
 * mode (AppDrawer.tsx); or the bare embed view. Plain rendering of what useAppModel computed: each part reads the
 * fields of the model it uses.
 */
import { LoadingStatus } from '../views/panels/LoadingStatus';
import { MethodsOverlay } from '../features/explain/MethodsOverlay';
import { AppDrawer } from './AppDrawer';
import { AppMapArea } from './AppMapArea';
import { MapTooltip, PrimaryMap } from './AppMaps';
import { AppSide } from './AppSide';
import { fullUrl } from './share/embed-code';
import { EmbedView } from './share/EmbedView';
import { TopBar } from './TopBar';
import type { AppModel } from './use-app-model';

function Embedded({ m }: { m: AppModel }) {
  const { state } = m;
  return (
    <EmbedView
      lang={m.lang}
      label={m.shownLabel}
      year={state.year}
      gemeenteName={m.gemeenteName}
      unit={m.shownUnit}
      items={m.legend}
      fullHref={fullUrl(state, window.location.href)}
      notice={m.embed.notice}
      onDismiss={m.embed.dismiss}
    >
      <PrimaryMap m={m} />
      <MapTooltip m={m} />
    </EmbedView>
  );
}

export function AppLayout({ m }: { m: AppModel }) {
  const { state, lang, service } = m;
  if (state.embed) return <Embedded m={m} />;
  return (
    <div className={state.present ? 'app present' : 'app'}>
      <TopBar state={state} search={m.search} onSearch={m.onSearch} update={m.update} />
      <MethodsOverlay lang={lang} />
      <LoadingStatus lang={lang} progress={m.progress} failures={m.loadFailures} onRetry={service.retry.bind(service)} />
      <AppSide m={m} />
      <main className="main">
        <AppMapArea m={m} />
        <AppDrawer m={m} />
      </main>
    </div>
  );
}
