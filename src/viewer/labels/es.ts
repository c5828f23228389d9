import { esProgress } from './progress-es';
import type { Labels } from './types';

/** Spanish labels, loaded only when a Spanish locale is shown. */
export const es: Labels = {
  ...esProgress,
  region: 'Informe diagnóstico',
  title: 'Informe diagnóstico',
  aiNotice: 'Informe preliminar generado por IA. Apoya el diagnóstico clínico, no lo sustituye.',
  notAvailable: 'No disponible',
  notAssessed: 'No evaluado',
  waiting: 'Complete el análisis en la ventana de Legit.Health; el informe aparecerá aquí.',
  loading: 'Cargando el informe…',
  retry: 'Reintentar',
  downloadPdf: 'Descargar PDF',
  reportLoaded: (summary) => `Informe cargado. ${summary}`,

  noConclusiveCondition: 'Sin afección concluyente',
  bodySite: 'Zona del cuerpo',
  issued: 'Emitido',
  visit: 'Visita',
  icd11: 'CIE-11',
  portalData: 'Datos del portal',

  findingsHeading: 'Derivación y riesgo',
  findingNames: {
    hasCondition: 'Presencia de afección',
    malignancy: 'Malignidad',
    adjustedMalignancy: 'Malignidad ajustada',
    pigmentedLesion: 'Lesión pigmentada',
    urgentReferral: 'Derivación urgente (48 h)',
    highPriorityReferral: 'Derivación prioritaria (15 días)',
  },
  calloutUrgentReferral: (v) => `Derivación urgente: debe verle un médico en 48 horas (${v}).`,
  calloutHighPriorityReferral: (v) => `Derivación prioritaria: debe verle un médico en 15 días (${v}).`,
  calloutMalignancy: (v) => `Posible malignidad (${v}).`,
  calloutPigmentedLesion: (v) => `Lesión pigmentada (${v}).`,
  calloutHasCondition: (v) => `Es probable que exista una afección cutánea (${v}).`,
  thresholdNote: (t) => `Se muestran avisos a partir de: ${t}.`,

  conclusionsHeading: 'Posibles afecciones',
  conclusionsChartTitle: 'Probabilidad de cada afección',
  conclusionsChartDescription: (top) =>
    `Gráfico de barras de las afecciones ordenadas por probabilidad; la más probable es ${top}. Las mismas cifras aparecen en la tabla.`,
  condition: 'Afección',
  probability: 'Probabilidad',
  otherConditions: (n) => `Otras afecciones (${n})`,
  combined: 'en conjunto',

  severityHeading: 'Gravedad',
  severityLevels: { 1: 'leve', 2: 'moderada', 3: 'alta' },
  scoreText: (score, band, severity) =>
    [score, band && `— ${band}`, severity && `(${severity})`].filter(Boolean).join(' '),
  scoreOutsideBands: 'La puntuación queda fuera de los intervalos publicados.',
  noBands: 'No se indicaron intervalos de gravedad para esta puntuación.',
  facets: 'Signos puntuados',
  facetValue: 'Valor',
  rawValue: 'Valor bruto',
  reduction: 'Reducción',
  explainability: (s) => `Zonas que determinaron la puntuación ${s}`,

  imagesHeading: 'Imágenes',
  imageAlt: (i, m) => `Imagen ${i}${m ? `, ${m}` : ''}`,
  macroscopicAlt: 'Vista general de la zona del cuerpo',
  quality: (s) => `Calidad ${s}/100`,
  lowQuality: 'Calidad baja',
  modality: 'Modalidad',
  enlarge: (i) => `Ampliar imagen ${i}`,
  close: 'Cerrar',
  imageRefreshing: 'El enlace de la imagen caducó; actualizando…',
  imageUnavailable: 'Imagen no disponible',

  anamnesisHeading: 'Anamnesis',
  metricsHeading: 'Rendimiento del modelo',
  sensitivity: 'Sensibilidad',
  specificity: 'Especificidad',
  entropy: 'Entropía',
  analysisDuration: 'Tiempo de análisis',
  seconds: (v) => `${v} s`,

  imageRejected: (reasons) =>
    `Legit.Health no aceptó la última foto${reasons ? ` (${reasons})` : ''}. Vuelva a tomarla en la ventana de Legit.Health.`,
  invalidCompanyKey:
    'La ventana de Legit.Health no pudo iniciarse: rechazó la clave de empresa del portal. Pida a su administrador que revise la configuración de Legit.Health del portal.',
  warningsSummary: (n) =>
    n === 1
      ? 'Una parte de este informe no se pudo leer y no se muestra.'
      : `${n} partes de este informe no se pudieron leer y no se muestran.`,

  errorHeading: 'No se pudo mostrar el informe',
  errors: {
    NOT_FOUND: 'No se encontró este informe. Puede que se haya eliminado o que el enlace sea incorrecto.',
    UNAUTHORIZED: 'Su sesión ha caducado. Vuelva a iniciar sesión en el portal.',
    FORBIDDEN: 'No tiene permiso para ver este informe.',
    RATE_LIMITED: 'Demasiadas solicitudes en este momento. Espere un momento.',
    UPSTREAM: 'Legit.Health no pudo entregar el informe en este momento.',
    NETWORK: 'No se pudo cargar el informe: la red no está disponible.',
    TIMEOUT: 'El informe tardó demasiado en cargarse.',
    INVALID_RESPONSE: 'El informe llegó en un formato que no se pudo leer.',
    INVALID_ID: 'No se puede abrir este informe: su identificador no es válido.',
    CHUNK_LOAD_FAILED: 'No se pudo cargar una parte del visor. Compruebe la conexión e inténtelo de nuevo.',
  },
};
