import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import './case-diagram.css';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { Alert } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseMarker } from '../utils/markers';

type Canvas = { addMarker(element: string, marker: string): void; zoom(scale: 'fit-viewport'): number };
type Registry = { get(id: string): unknown };

/** The process diagram (bpmn-js viewer, pan and zoom) with a marker class on each marked element. */
export function CaseDiagram({ xml, markers }: { xml: string; markers: Map<string, CaseMarker> }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!container.current) return undefined;
    const viewer = new NavigatedViewer({ container: container.current });
    let cancelled = false;
    viewer
      .importXML(xml)
      .then(() => {
        if (cancelled) return;
        const canvas = viewer.get<Canvas>('canvas');
        const registry = viewer.get<Registry>('elementRegistry');
        canvas.zoom('fit-viewport');
        markers.forEach((marker, id) => {
          if (registry.get(id)) canvas.addMarker(id, marker);
        });
        setFailed(false);
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
      viewer.destroy();
    };
  }, [xml, markers]);

  return (
    <>
      {failed ? <Alert type="error" showIcon title={t('cases.diagramError')} style={{ marginBottom: 8 }} /> : null}
      <div ref={container} className="case-diagram" data-testid="case-diagram" />
    </>
  );
}
