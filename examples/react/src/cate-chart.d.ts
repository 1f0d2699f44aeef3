// <cate-chart> in JSX. React 19 sets a prop as a property when the element has one (data, quarters, …), and
// adds an event listener for a prop named "on" + the event's exact name: oncate-error, oncate-ready.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CateChart, ChartErrorDetail, ChartKind } from '@cate/charts';

type CateChartProps = DetailedHTMLProps<HTMLAttributes<CateChart>, CateChart> & {
  section?: string;
  src?: string;
  /** A cate-publication@1 document (as `cate publish` writes it); the element draws `section` from it. */
  data?: unknown;
  quarters?: string;
  /** Raw submissions are refused unless `preview` is set: the coordinator's local check, never a public page. */
  preview?: boolean;
  kind?: ChartKind;
  locale?: string;
  heading?: string;
  'oncate-error'?: (event: CustomEvent<ChartErrorDetail>) => void;
  'oncate-ready'?: (event: CustomEvent<{ section: string; kind: ChartKind }>) => void;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'cate-chart': CateChartProps;
    }
  }
}
