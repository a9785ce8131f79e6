// Wire types of the endpoints the console added to the indexer API, as their Go structs define them. The
// generated ones are in ../gen/protocol.ts; these re-export them under the names the pages use.
export type {
  Deployment, PriceSeries as SeriesPrices, GPUSeries as SeriesGPUs, EarningsSeries as SeriesEarnings,
  CheckSeries as SeriesChecks, GatewayAccess as GatewayTypedData,
} from "../gen/protocol";
