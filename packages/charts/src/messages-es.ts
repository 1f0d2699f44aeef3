import type { Unit } from '@cate/core';
import type { Messages } from './messages-types.js';
import { formatBytes } from './safety/limits.js';

/**
 * The element's words in Spanish (neutral Latin American usage, formal "usted"). Numbers and quarters ("T3 2025")
 * come from Intl and core's formatQuarter, not from here.
 */

const UNIT_NOUNS: Record<Unit, [string, string]> = {
  clients: ['cliente', 'clientes'],
  organizations: ['organización', 'organizaciones'],
  'percent-of-organizations': ['organización', 'organizaciones'],
  'service-uses': ['uso de servicios', 'usos de servicios'],
};

const isOrganizations = (unit: Unit) => unit === 'organizations' || unit === 'percent-of-organizations';

/** "a, b y c". */
const list = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}`;

export const es: Messages = {
  language: 'es',
  loading: 'Cargando los datos del gráfico…',
  empty: 'No hay datos que mostrar para esta sección y estos trimestres.',
  noSource: 'Todavía no hay datos: indique el atributo src o la propiedad data.',
  errorTitle: 'No se pudo mostrar este gráfico',
  previewBanner: 'Vista previa sin publicar: no ponga esta página en línea.',
  errors: {
    'unknown-section': (section) =>
      `No hay ninguna sección "${section}" en esta taxonomía. Revise el atributo section.`,
    'missing-section':
      'Indique en el atributo section la sección que quiere dibujar, por ejemplo section="continent-of-origin".',
    'fetch-failed': (url) =>
      `No se pudieron cargar los datos de ${url}. Revise la dirección y que el servidor lo permita.`,
    'http-error': (status, url) => `El servidor respondió ${status} para ${url}.`,
    timeout: (seconds) => `Los datos tardaron más de ${seconds} segundos en cargarse.`,
    'invalid-json': 'El archivo de datos no es un JSON válido.',
    'invalid-csv': 'El archivo de datos no es un CSV válido.',
    'invalid-data': 'El archivo de datos tiene problemas, así que no se muestra nada.',
    'invalid-quarters': (text) => `"${text}" no es un rango de trimestres. Escríbalo así: 2024-Q1..2025-Q4.`,
    'section-mismatch': (wanted, found) => `Los datos son de la sección "${found}", no de "${wanted}".`,
    'unsafe-data':
      'Estos datos muestran un conteo tan pequeño que podría identificar a alguien, o uno que permite calcular un conteo oculto, así que no se muestra nada. Publique los datos de nuevo con "cate publish".',
    'raw-data-refused':
      'Estos son datos sin procesar de los miembros, que no deben ponerse en línea. Publíquelos con "cate publish" y use el archivo de la publicación, o agregue el atributo preview para revisarlos en su propia computadora.',
    'preview-not-local':
      'La vista previa de datos sin procesar solo se muestra en su propia computadora (localhost o un archivo). Publique los datos con "cate publish" y use aquí el archivo de la publicación.',
    'outdated-format':
      'Este archivo de datos tiene un formato anterior que no se puede revisar para proteger la privacidad. Publique los datos de nuevo con "cate publish".',
    'organizations-not-published':
      'Los datos publicados no tienen cifras por organización: quite el atributo que filtra por organización. Ese filtro es solo para una vista previa local.',
    'render-failed': 'Algo salió mal al dibujar el gráfico.',
    'export-failed': 'No se pudo hacer esta descarga en este navegador. El gráfico y su tabla de datos siguen aquí.',
    'invalid-attribute': (attribute, value, expected) =>
      `El atributo ${attribute} es “${value}”: se esperaba ${expected}.`,
    'too-large': (limit, size) =>
      `Los datos son demasiado grandes para mostrarlos aquí${size >= 0 ? ` (${formatBytes(size)})` : ''}: el límite es ${formatBytes(limit)} (el atributo max-bytes).`,
    'load-failed': (file) =>
      `No se pudo cargar una parte del gráfico (${file}). Copie la carpeta chunks/ junto al paquete.`,
  },
  exports: {
    menu: 'Descargar',
    csv: 'Datos (CSV)',
    svg: 'Imagen (SVG)',
    png: 'Imagen (PNG)',
    copy: 'Copiar la tabla de datos',
    copied: 'Se copió la tabla de datos.',
    copyRefused: 'Su navegador no permitió copiar. La tabla de datos se muestra abajo: selecciónela y cópiela.',
    valueWord: 'Publicado',
    groupHeader: 'Grupo',
    categoryHeader: 'Categoría',
    statusHeader: 'Estado',
    shareStatusHeader: 'Estado del porcentaje',
    expectedHeader: 'Miembros esperados',
    allQuarters: (from, to) => `${from} a ${to}`,
  },
  unitNoun: (unit, count = 2) => UNIT_NOUNS[unit][count === 1 ? 0 : 1],
  shareOf: (value, unit) =>
    `${value} de ${isOrganizations(unit) ? 'las organizaciones que informaron' : `los ${UNIT_NOUNS[unit][1]}`}`,
  suppressedWord: 'Suprimido',
  notReportedWord: 'No informado',
  statusMarks: { suppressed: 'S', 'not-reported': 'n/i' },
  footnoteSuppressed: (k, zeros) =>
    `S = suprimido: oculto para proteger la privacidad (cifras de ${zeros ? 0 : 1} a ${k - 1}, y otras celdas que las revelarían).`,
  footnoteNotReported: 'n/i = no informado: ningún miembro informó este dato.',
  coverage: (reported, expected) => `${reported} de ${expected} miembros informaron`,
  coverageNote: (parts) =>
    parts.length === 1
      ? `No todos los miembros informaron: ${parts[0]}.`
      : 'No todos los miembros informaron en todos los trimestres. La tabla de datos muestra cuántos informaron en cada trimestre.',
  coverageAll: (expected) => `Los ${expected} miembros informaron.`,
  clientsNotPeople:
    'Las cifras son clientes informados por los miembros, no personas distintas: un cliente puede contarse en dos miembros o en dos trimestres.',
  multiSelectNote:
    'Un cliente puede contarse en más de una categoría, así que la suma de las categorías puede superar el número de clientes.',
  kindFallback: (kind) => `Se muestra con el estilo predeterminado: "${kind}" no es adecuado para esta sección.`,
  showTable: 'Mostrar la tabla de datos',
  hideTable: 'Ocultar la tabla de datos',
  tableCaption: (title) => `${title}: tabla de datos`,
  skipTable: 'Saltar la tabla de datos',
  tableEnd: 'Fin de la tabla de datos.',
  quarterHeader: 'Trimestre',
  totalHeader: 'Total',
  coverageHeader: 'Miembros que informaron',
  instructionsLabel: 'Cómo explorar este gráfico',
  instructions:
    'Pase el puntero sobre una barra o un punto, o tóquelo, para ver su valor. Con el teclado, pulse Tab para llegar al gráfico. Las flechas izquierda y derecha pasan de un trimestre a otro; las flechas arriba y abajo, de una categoría a otra. Inicio y Fin van al primer y al último trimestre. Ctrl+Inicio y Ctrl+Fin van al primer y al último valor del gráfico. Escape deja de explorar. La tabla de datos tiene todos los valores.',
  chartRole: 'gráfico interactivo',
  leftChart: 'Dejó de explorar el gráfico.',
  edges: {
    ArrowLeft: 'Primer trimestre mostrado.',
    ArrowRight: 'Último trimestre mostrado.',
    ArrowUp: 'Primera categoría.',
    ArrowDown: 'Última categoría.',
  },
  untitled: 'Gráfico',
  cellText: (category, quarter, value) => `${category}, ${quarter}: ${value}`,
  cellSuppressed: (category, quarter) => `${category}, ${quarter}: suprimido para proteger la privacidad`,
  cellNotReported: (category, quarter) => `${category}, ${quarter}: no informado`,
  position: (q, nq, c, nc) => `trimestre ${q} de ${nq}, categoría ${c} de ${nc}`,
  legendLabel: 'Leyenda',
  legendSuppressed: 'S = suprimido para proteger la privacidad',
  legendNotReported: 'n/i = no informado',
  layoutDominant:
    'Una categoría es mucho mayor que las demás, así que cada categoría tiene su propio panel y su propia escala: compare formas, no alturas, entre paneles.',
  layoutNarrow:
    'Se dibuja un panel pequeño por categoría, cada uno con su propia escala, para caber en este ancho: compare formas, no alturas, entre paneles.',
  categoriesFrom: (from, standard, note) =>
    `${from === 'standard' ? `Categorías de ${standard ?? 'una norma publicada'}, no del informe.` : 'Categorías elegidas por la coalición, no del informe.'}${note ? ` ${note}` : ''}`,
  categoryHeader: 'Categoría',
  groupedCategory: (group, category) => `${group}: ${category}`,
  summaryGroups: (items) => `Las categorías se agrupan en ${list(items)}.`,
  summaryGroupTotal: (group, value, period) => `${group} (${value} en ${period})`,
  countOf: (noun) => `número de ${noun}`,
  percentOf: (noun) => `porcentaje de ${noun}`,
  shareOfNoun: (value, noun) => `${value} de ${noun}`,
  statLatest: (quarter) => `en ${quarter}`,
  statPrevious: (quarter, value) => `${quarter}: ${value}`,
  summary: {
    intro: (title, what, n, from, to) => `${title}: ${what} en ${n} categorías, de ${from} a ${to}.`,
    introOne: (title, what, from, to) => `${title}: ${what}, de ${from} a ${to}.`,
    largest: (names) => `Las categorías mayores en estos trimestres: ${list(names)}.`,
    largestIn: (quarter, names) => `Las categorías mayores en ${quarter}: ${list(names)}.`,
    rose: (subject, a, aq, b, bq) => `${subject} subió de ${a} en ${aq} a ${b} en ${bq}.`,
    fell: (subject, a, aq, b, bq) => `${subject} bajó de ${a} en ${aq} a ${b} en ${bq}.`,
    same: (subject, v, aq, bq) => `${subject} fue ${v} tanto en ${aq} como en ${bq}.`,
    range: (low, high) => `Los valores mostrados van de ${low} a ${high}.`,
    hidden: 'Algunos valores están ocultos para proteger la privacidad.',
    missing: 'Algunos valores no se informaron.',
    partial: 'No todos los miembros informaron en todos los trimestres.',
    noValues: 'No se puede mostrar ningún valor.',
    subjectTotal: 'El total',
    subjectClients: 'El número de clientes',
    percentWhat: (unit) =>
      isOrganizations(unit) ? 'porcentaje de organizaciones que informaron' : `porcentaje de ${UNIT_NOUNS[unit][1]}`,
    countWhat: (unit) => `número de ${UNIT_NOUNS[unit][1]}`,
  },
  list,
};
