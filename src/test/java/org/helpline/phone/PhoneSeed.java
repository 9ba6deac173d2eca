package org.helpline.phone;

import java.util.List;

/** Every country and region of the seed's drop-down, as the seed names them in Polish, in the seed's order. */
public final class PhoneSeed {

    public static final int REGION_COUNT = 246;

    public static final List<String> NAMES = List.of("""
            Afganistan|Wyspy Alandzkie|Albania|Algieria|Samoa Amerykańskie|Andora|Angola|Anguilla|Antigua i Barbuda|\
            Argentyna|Armenia|Aruba|Ascension|Australia|Austria|Azerbejdżan|Bahamy|Bahrajn (Królestwo)|Bangladesz|\
            Barbados|Białoruś|Belgia|Belize|Benin|Bermudy|Bhutan|Boliwia|Bonaire|Bośnia i Hercegowina|Botswana|\
            Wyspa Bouveta|Brazylia|Brytyjskich Wysp Dziewicze|Brunei|Bułgaria|Burkina Faso|Burundi|Cambodia|Kamerun|\
            Kanada|Republika Zielonego Przylądka|Cayman Islands|Republika Środkowoafrykańska|Czad|Chile|Chiny|\
            Wyspa Bożego Narodzenia|Wyspy Kokosowe|Kolumbia|Komory|Kongo|Demokratyczna Republika Konga|Wyspy Cooka|\
            Kostaryka|Côte d'Ivoire|Chorwacja|Curacao|Cypr|Republika Czeska|Dania|Dżibuti|Dominika|Dominikana|Ekwador|\
            Egipt|Salwador|Gwinea Równikowa|Eritrea|Estonia|Etiopia|Falklandy|Faroe Islands|Fidżi|Finlandia|Francja|\
            Gujana Francuska|Polinezja francuska|Francuskie Terytoria Południowe i Antarktyczne|Gabon|Gambia|Gruzja|\
            Niemcy|Ghana|Gibraltar|Grecja|Grenlandia|Grenada|Gwadelupa|Guam|Gwatemala|Guernsey|Gwinea|Gwinea Bissau|\
            Gujana|Haiti|Wyspy Heard i McDonalda|Honduras|Specjalny Region Administracyjny Hongkong|Węgry|Islandia|\
            Indie|Indonezja|Irak|Irlandia|Wyspa Man|Izrael|Włochy|Jamajka|Jan Mayen|Japonia|Jersey|Jordania|\
            Kazachstan|Kenia|Kiribati|Korea|Kosowo|Kuwejt|Kirgistan|Laos|Łotwa|Liban|Lesotho|Liberia|Libia|\
            Liechtenstein|Litwa|Luksemburg|Specjalny Region Administracyjny Makau|Macedonia Północna|Madagaskar|Malawi|\
            Malezja|Malediwy|Mali|Malta|Wyspy Marshalla|Martynika|Mauretania|Mauritius|Majotta|Meksyk|Mikronezja|\
            Mołdawia|Monako|Mongolia|Czarnogóra|Montserrat|Maroko|Mozambik|Mjanma|Namibia|Nauru|Nepal|Holandia|\
            Nowa Kaledonia|Nowa Zelandia|Nikaragua|Niue|Niger|Nigeria|Terytorium Wyspy Norfolk|Mariany Północne|\
            Norwegia|Oman|Pakistan|Autonomia Palestyńska|Palau|Panama|Papua-Nowa Gwinea|Paragwaj|Peru|Filipiny|\
            Wyspy Pitcairn, Henderson, Ducie i Oeno|Polska|Portugalia|Portoryko|Katar|Reunion|Rumunia|Rosja|Rwanda|\
            Saba|Wspólnota Saint-Barthélemy|Saint Lucia|Saint-Martin|Saint-Pierre i Miquelon|Saint Vincent i Grenadyny|\
            Samoa|San Marino|Wyspy Świętego Tomasza i Książęca|Arabia Saudyjska|Senegal|Serbia|Seszele|Sierra Leone|\
            Sint Eustatius|Singapur|Sint Maarten|Słowacja|Słowenia|Wyspy Salomona|Somalia|\
            Republika Południowej Afryki|Georgia Południowa i Sandwich Południowy|Sudan Południowy|Hiszpania|\
            Sri Lanka|Saint Helena|Saint Kitts & Nevis|Surinam|Svalbard|Eswatinia|Szwecja|Szwajcaria|Tajwan|\
            Tadżykistan|Tanzania|Tajlandia|Demokratyczna Republika Timoru Wschodniego|Togo|Tokelau|Tonga|\
            Trynidad & Tobago|Tristan da Cunha|Tunezja|Turcja|Turkmenistan|Turks i Caicos|Tuvalu|\
            Zjednoczone Emiraty Arabskie|Uganda|Ukraina|Zjednoczone Królestwo|Stany Zjednoczone|Urugwaj|Uzbekistan|\
            Vanuatu|Watykan|Wenezuela|Wietnam|Virgin Islands, US|Wallis i Futuna|Jemen|Zambia|Zimbabwe""".split("\\|"));

    private PhoneSeed() {}
}
