package cn.yiwang.vectorcontrol.place.domain;

/**
 * Place types of the Baoji regulation: the key places that must name a responsible person and
 * install prevention facilities, and the places Art. 5 assigns to a supervising department.
 */
public enum PlaceType {
    HOSPITAL(true),
    HOTEL(true),
    PUBLIC_PLACE(false),
    TRANSPORT_STATION(true),
    RAILWAY_STATION(true),
    PUBLIC_TRANSPORT_VEHICLE(true),
    A_LEVEL_SCENIC_SPOT(true),
    PROTECTED_HERITAGE_SITE(false),
    FOOD_PRODUCTION(true),
    FOOD_TRADE(true),
    CATERING(true),
    PHARMACY(false),
    FARMERS_MARKET(true),
    FLOWER_MARKET(true),
    CONSTRUCTION_SITE(true),
    MUNICIPAL_FACILITY(false),
    WATERWORKS(false),
    SEWAGE_PLANT(false),
    PARK(false),
    WASTE_STATION(true),
    PUBLIC_TOILET(false),
    SCRAP_RECYCLING(true),
    SCHOOL(false),
    KINDERGARTEN(false),
    RIVER_LAKE_RESERVOIR(false),
    GRAIN_DEPOT(true),
    LIVESTOCK_FARM(true),
    SLAUGHTERHOUSE(false);

    private final boolean keyPlace;

    PlaceType(boolean keyPlace) {
        this.keyPlace = keyPlace;
    }

    /**
     * A key place (重点场所) of the regulation's list: hospitals, hotels, stations, scenic spots,
     * public transport, food production and trade, construction sites, farmers' markets, scrap and
     * waste stations, grain depots, livestock farms, flower markets. It must name a responsible
     * person and install prevention facilities.
     */
    public boolean keyPlace() {
        return keyPlace;
    }
}
