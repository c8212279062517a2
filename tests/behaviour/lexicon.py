"""Word lists the behavioural generator fills its templates from: countries, invented names,
tournaments, courts, rounds and small fillers. Real player and tournament names are facts; every
sentence frame lives in ``templates.py``.

Invented names are composed here from first names and surnames of many origins; the unit tests check
that no invented full name or surname is held by ``extractor/data/players.jsonl`` (nor by the list of
family-name-first surnames), so these are names only the context can make players.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PLAYERS_FILE = ROOT / "extractor" / "data" / "players.jsonl"
FAMILY_FIRST_FILE = ROOT / "extractor" / "data" / "family_names_first.txt"


@dataclass(frozen=True)
class Country:
    code: str
    name: str  # as in "X of Britain"
    possessive: str  # "Russia's"
    noun_m: str  # "Spaniard", "Frenchman"
    noun_f: str  # "Spaniard", "Frenchwoman"

    def noun(self, gender: str) -> str:
        return self.noun_f if gender == "f" else self.noun_m


def _country(code: str, name: str, noun_m: str, noun_f: str | None = None, possessive: str | None = None) -> Country:
    return Country(code, name, possessive or f"{name}'s", noun_m, noun_f or noun_m)


COUNTRIES: dict[str, Country] = {
    c.code: c
    for c in (
        _country("ESP", "Spain", "Spaniard"),
        _country("FRA", "France", "Frenchman", "Frenchwoman"),
        _country("ITA", "Italy", "Italian"),
        _country("USA", "the United States", "American", possessive="America's"),
        _country("GBR", "Britain", "Briton"),
        _country("GER", "Germany", "German"),
        _country("AUS", "Australia", "Australian"),
        _country("RUS", "Russia", "Russian"),
        _country("CZE", "the Czech Republic", "Czech", possessive="the Czech Republic's"),
        _country("ARG", "Argentina", "Argentine"),
        _country("CRO", "Croatia", "Croat"),
        _country("SRB", "Serbia", "Serb"),
        _country("BEL", "Belgium", "Belgian"),
        _country("CAN", "Canada", "Canadian"),
        _country("NED", "the Netherlands", "Dutchman", "Dutchwoman", possessive="the Netherlands'"),
        _country("SUI", "Switzerland", "Swiss"),
        _country("SWE", "Sweden", "Swede"),
        _country("POL", "Poland", "Pole"),
        _country("AUT", "Austria", "Austrian"),
        _country("ROU", "Romania", "Romanian"),
        _country("UKR", "Ukraine", "Ukrainian"),
        _country("DEN", "Denmark", "Dane"),
        _country("NOR", "Norway", "Norwegian"),
        _country("POR", "Portugal", "Portuguese"),
        _country("BRA", "Brazil", "Brazilian"),
        _country("CHI", "Chile", "Chilean"),
        _country("COL", "Colombia", "Colombian"),
        _country("JPN", "Japan", "Japanese"),
        _country("IND", "India", "Indian"),
        _country("KAZ", "Kazakhstan", "Kazakh"),
        _country("GRE", "Greece", "Greek"),
        _country("SVK", "Slovakia", "Slovak"),
        _country("HUN", "Hungary", "Hungarian"),
        _country("BUL", "Bulgaria", "Bulgarian"),
        _country("FIN", "Finland", "Finn"),
        _country("RSA", "South Africa", "South African"),
        _country("MAR", "Morocco", "Moroccan"),
        _country("TUN", "Tunisia", "Tunisian"),
        _country("EGY", "Egypt", "Egyptian"),
        _country("NGR", "Nigeria", "Nigerian"),
        _country("GHA", "Ghana", "Ghanaian"),
        _country("TUR", "Turkey", "Turk"),
        _country("MEX", "Mexico", "Mexican"),
        _country("IRL", "Ireland", "Irishman", "Irishwoman"),
        _country("SLO", "Slovenia", "Slovenian"),
        _country("EST", "Estonia", "Estonian"),
        _country("LAT", "Latvia", "Latvian"),
        _country("JOR", "Jordan", "Jordanian"),
        _country("NZL", "New Zealand", "New Zealander"),
        _country("URU", "Uruguay", "Uruguayan"),
    )
}

# Particles that begin surnames ("Lena de Vries", "Rui da Cunha"): lower case inside a sentence.
PARTICLES = ("de", "del", "de la", "van", "van de", "van der", "von", "da", "di", "le", "al")


@dataclass(frozen=True)
class Origin:
    """Where invented players come from: one country, its first names and its surnames."""

    country: str
    female: tuple[str, ...]
    male: tuple[str, ...]
    surnames: tuple[str, ...]
    particle_surnames: tuple[str, ...] = ()
    hyphen_surnames: tuple[str, ...] = ()
    hyphen_female: tuple[str, ...] = ()  # hyphenated first names
    hyphen_male: tuple[str, ...] = ()
    compound_surnames: tuple[str, ...] = ()  # two family names, both used ("Olabarri Zubizarreta")


ORIGINS: tuple[Origin, ...] = (
    Origin(
        "POR",
        ("Leonor", "Matilde", "Carolina"),
        ("Tiago", "Rui", "Vasco"),
        ("Carvalhais", "Figueiredo", "Quintela"),
        ("da Cunha", "da Rocha"),
        (),
        (),
        (),
        ("Figueiredo Quintela", "Carvalhais Mourato"),
    ),
    Origin(
        "NED",
        ("Saskia", "Femke", "Lotte"),
        ("Sander", "Joost", "Bram"),
        ("Hoekstra", "Achterberg", "Dijkstra"),
        ("de Vries", "van Leeuwen", "van de Kamp", "van der Heijden"),
        ("Bakker-Smit",),
    ),
    Origin(
        "GER",
        ("Ilse", "Wiebke", "Henrike"),
        ("Falk", "Jannes", "Moritz"),
        ("Brandauer", "Kellermann", "Oberhuber"),
        ("von Thalberg", "von Arnsdorf"),
        ("Lange-Vogel", "Brandt-Esser"),
        ("Anna-Lena",),
        ("Jan-Ole",),
    ),
    Origin(
        "ITA",
        ("Ludovica", "Benedetta", "Ginevra"),
        ("Tommaso", "Ettore", "Lapo"),
        ("Santangelo", "Cavazzini", "Marchetti"),
        ("di Stefano", "di Marzio", "de Santis"),
    ),
    Origin(
        "FRA",
        ("Clemence", "Ombeline", "Solene"),
        ("Bastien", "Emeric", "Gaspard"),
        ("Vaillancourt", "Letessier", "Brossard"),
        ("le Goff", "le Floch", "de la Fontaine"),
        ("Morel-Dufour", "Girard-Lacombe"),
        ("Anne-Laure", "Marie-Claire"),
        ("Jean-Baptiste", "Pierre-Yves"),
    ),
    Origin(
        "ESP",
        ("Ainhoa", "Itziar", "Carmela"),
        ("Iker", "Joaquin", "Unai"),
        ("Echeverria", "Olabarri", "Zubizarreta"),
        ("del Olmo", "de la Fuente", "del Campo"),
        ("Ortiz-Lara", "Salazar-Ibarra"),
        ("Maria-Jose",),
        (),
        ("Olabarri Zubizarreta", "Echeverria Goñi", "Arrieta Basterra"),
    ),
    Origin(
        "SWE",
        ("Linnea", "Ebba", "Tilde"),
        ("Lasse", "Viggo", "Algot"),
        ("Lindqvist", "Bergkvist", "Norrby"),
        (),
        ("Lindqvist-Moreau",),
    ),
    Origin(
        "POL",
        ("Zofia", "Jadwiga", "Wiktoria"),
        ("Tomasz", "Wojciech", "Bartosz"),
        ("Kowalczyk", "Sobczak", "Grabowski"),
    ),
    Origin(
        "NGR",
        ("Adaeze", "Ifeoma", "Chiamaka"),
        ("Chidi", "Emeka", "Tobenna"),
        ("Okonkwo", "Nwosu", "Okoye"),
        (),
        ("Okafor-Bennett",),
    ),
    Origin("GHA", ("Abena", "Akosua", "Efua"), ("Kofi", "Kwame", "Yaw"), ("Mensah", "Boateng", "Owusu")),
    Origin("IND", ("Priya", "Ananya", "Meera"), ("Arjun", "Rohit", "Vikram"), ("Raman", "Venkatesan", "Kulkarni")),
    Origin("TUR", ("Elif", "Defne", "Zeynep"), ("Emre", "Baris", "Kerem"), ("Yildirim", "Aydemir", "Korkmaz")),
    Origin("FIN", ("Aino", "Venla", "Iida"), ("Eero", "Onni", "Aatu"), ("Rautiainen", "Kokkonen", "Salonen")),
    Origin(
        "BRA",
        ("Thais", "Luana", "Yasmin"),
        ("Caio", "Davi", "Otavio"),
        ("Albuquerque", "Nogueira", "Bittencourt"),
        ("dos Anjos", "da Ressurreição"),
        (),
        (),
        (),
        ("Nogueira Bittencourt",),
    ),
    Origin("IRL", ("Aoife", "Siobhan", "Niamh"), ("Cathal", "Ronan", "Donal"), ("O'Halloran", "Kavanagh", "Gallagher")),
    Origin(
        "JOR",
        ("Noor", "Rania", "Dalia"),
        ("Idris", "Karim", "Tariq"),
        ("Khoury", "Nasrallah"),
        ("al Masri", "al Tamimi"),
    ),
    Origin("HUN", ("Reka", "Eszter", "Dorottya"), ("Bence", "Levente", "Zsombor"), ("Farkas", "Balogh", "Szekeres")),
    Origin(
        "MEX",
        ("Ximena", "Regina", "Lucia"),
        ("Rodrigo", "Emiliano", "Santiago"),
        ("Villaseñor", "Quintanilla", "Cárdenas"),
        ("de la Garza",),
        ("Ruiz-Palacios",),
        (),
        (),
        ("Quintanilla Cárdenas", "Villaseñor Prieto"),
    ),
    Origin("RSA", ("Thandi", "Lerato", "Naledi"), ("Sipho", "Thabo", "Lwazi"), ("Mahlangu", "Tshabalala", "Ndlovu")),
    Origin("EST", ("Kadri", "Liis", "Triin"), ("Rasmus", "Siim", "Tanel"), ("Tamm", "Saar", "Kask")),
)

# Pairs of siblings nobody lists, for "the X sisters/brothers": (female firsts, male firsts, surname, country).
INVENTED_SIBLINGS: tuple[tuple[tuple[str, str], tuple[str, str], str, str], ...] = (
    (("Ines", "Clara"), ("Hugo", "Mateo"), "Arregui", "ESP"),
    (("Maja", "Frida"), ("Elias", "Noah"), "Wennberg", "SWE"),
    (("Ada", "Nkem"), ("Obi", "Uche"), "Eze", "NGR"),
    (("Ilona", "Marta"), ("Pawel", "Kuba"), "Zawadzki", "POL"),
)
# Known players whose name is not "first last": (full name, first name, surname).
KNOWN_SPLITS: tuple[tuple[str, str, str], ...] = (
    ("Alex de Minaur", "Alex", "de Minaur"),
    ("Botic van de Zandschulp", "Botic", "van de Zandschulp"),
    ("Jesper de Jong", "Jesper", "de Jong"),
    ("Juan Martín del Potro", "Juan Martín", "del Potro"),
    ("Luca Van Assche", "Luca", "Van Assche"),
    ("Alison Van Uytvanck", "Alison", "Van Uytvanck"),
    ("Younes El Aynaoui", "Younes", "El Aynaoui"),
    ("Alejandro Davidovich Fokina", "Alejandro", "Davidovich Fokina"),
    ("Roberto Carballés Baena", "Roberto", "Carballés Baena"),
    ("Bernabé Zapata Miralles", "Bernabé", "Zapata Miralles"),
    ("Roberto Bautista Agut", "Roberto", "Bautista Agut"),
    ("Pablo Carreño Busta", "Pablo", "Carreño Busta"),
    ("Thiago Seyboth Wild", "Thiago", "Seyboth Wild"),
    ("Giovanni Mpetshi Perricard", "Giovanni", "Mpetshi Perricard"),
    ("Daniel Elahi Galán", "Daniel", "Elahi Galán"),
    ("Facundo Díaz Acosta", "Facundo", "Díaz Acosta"),
    ("Camilo Ugo Carabelli", "Camilo", "Ugo Carabelli"),
    ("Beatriz Haddad Maia", "Beatriz", "Haddad Maia"),
    ("Sara Sorribes Tormo", "Sara", "Sorribes Tormo"),
    ("Jessica Bouzas Maneiro", "Jessica", "Bouzas Maneiro"),
    ("Arantxa Sánchez Vicario", "Arantxa", "Sánchez Vicario"),
    ("Anabel Medina Garrigues", "Anabel", "Medina Garrigues"),
    ("Carla Suárez Navarro", "Carla", "Suárez Navarro"),
    ("Tomás Martín Etcheverry", "Tomás Martín", "Etcheverry"),
    ("Thiago Agustín Tirante", "Thiago Agustín", "Tirante"),
    ("Juan Pablo Varillas", "Juan Pablo", "Varillas"),
    ("Anna Karolína Schmiedlová", "Anna Karolína", "Schmiedlová"),
    ("Juan Carlos Ferrero", "Juan Carlos", "Ferrero"),
    ("Billie Jean King", "Billie Jean", "King"),
    ("Juan Ignacio Chela", "Juan Ignacio", "Chela"),
    ("Mary Joe Fernández", "Mary Joe", "Fernández"),
)
# Siblings the shipped list knows, by full name.
KNOWN_SIBLINGS: tuple[tuple[str, str], ...] = (
    ("Venus Williams", "Serena Williams"),
    ("Karolína Plíšková", "Kristýna Plíšková"),
    ("Bob Bryan", "Mike Bryan"),
    ("Alexander Zverev", "Mischa Zverev"),
    ("Veronika Kudermetova", "Polina Kudermetova"),
    ("Linda Fruhvirtová", "Brenda Fruhvirtová"),
)


@dataclass(frozen=True)
class TournamentInfo:
    name: str
    city: str
    tour: str  # ATP, WTA or both
    slam: bool = False
    venue: str | None = None  # its main court, for "on Rod Laver Arena"


TOURNAMENTS: tuple[TournamentInfo, ...] = (
    TournamentInfo("Australian Open", "Melbourne", "both", True, "Rod Laver Arena"),
    TournamentInfo("French Open", "Paris", "both", True, "Court Philippe Chatrier"),
    TournamentInfo("Wimbledon", "London", "both", True, "Centre Court"),
    TournamentInfo("US Open", "New York", "both", True, "Arthur Ashe Stadium"),
    TournamentInfo("Indian Wells Open", "Indian Wells", "both", False, "Stadium 1"),
    TournamentInfo("Miami Open", "Miami", "both", False, "Hard Rock Stadium"),
    TournamentInfo("Madrid Open", "Madrid", "both", False, "Manolo Santana Stadium"),
    TournamentInfo("Italian Open", "Rome", "both", False, "Campo Centrale"),
    TournamentInfo("Cincinnati Open", "Cincinnati", "both", False),
    TournamentInfo("China Open", "Beijing", "both", False, "Diamond Court"),
    TournamentInfo("Qatar Open", "Doha", "both", False),
    TournamentInfo("Paris Masters", "Paris", "ATP", False),
    TournamentInfo("Shanghai Masters", "Shanghai", "ATP", False),
    TournamentInfo("Monte-Carlo Masters", "Monte Carlo", "ATP", False, "Court Rainier III"),
    TournamentInfo("Barcelona Open", "Barcelona", "ATP", False),
    TournamentInfo("Halle Open", "Halle", "ATP", False),
    TournamentInfo("Swiss Indoors", "Basel", "ATP", False),
    TournamentInfo("Vienna Open", "Vienna", "ATP", False),
    TournamentInfo("Rotterdam Open", "Rotterdam", "ATP", False),
    TournamentInfo("Estoril Open", "Estoril", "ATP", False),
    TournamentInfo("Geneva Open", "Geneva", "ATP", False),
    TournamentInfo("Porsche Tennis Grand Prix", "Stuttgart", "WTA", False),
    TournamentInfo("Charleston Open", "Charleston", "WTA", False),
    TournamentInfo("Linz Open", "Linz", "WTA", False),
    TournamentInfo("Pan Pacific Open", "Tokyo", "WTA", False),
    TournamentInfo("Birmingham Classic", "Birmingham", "WTA", False),
    TournamentInfo("Wuhan Open", "Wuhan", "WTA", False),
    TournamentInfo("Brisbane International", "Brisbane", "both", False, "Pat Rafter Arena"),
    TournamentInfo("Adelaide International", "Adelaide", "both", False),
    TournamentInfo("Eastbourne International", "Eastbourne", "both", False),
    TournamentInfo("Queen's Club Championships", "London", "both", False),
    TournamentInfo("ASB Classic", "Auckland", "both", False),
    TournamentInfo("Lyon Open", "Lyon", "both", False),
    TournamentInfo("Hong Kong Open", "Hong Kong", "both", False),
)

COURTS = (
    "on Court 14",
    "on Court 2",
    "on Court 7",
    "on the Grandstand",
    "on an outside court",
    "on Court 18",
    "on the second show court",
    "under the roof of the main stadium",
)

# Rounds as written, and the round a win there takes the player into.
ROUNDS: tuple[tuple[str, str], ...] = (
    ("first round", "second round"),
    ("second round", "third round"),
    ("third round", "last 16"),
    ("last 16", "quarter-finals"),
    ("quarter-finals", "semi-finals"),
    ("quarterfinals", "semifinals"),
    ("semi-finals", "final"),
    ("semifinals", "final"),
)

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
TIMES = (
    "on Tuesday",
    "on Wednesday night",
    "on Thursday afternoon",
    "in the evening session",
    "on Friday",
    "earlier in the day",
    "late on Monday",
    "in the day session",
)
INJURIES = ("wrist", "shoulder", "back", "thigh", "hamstring", "ankle", "knee", "abdominal", "calf")
ORDINALS = (
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "11th",
    "12th",
    "13th",
    "14th",
    "15th",
    "16th",
)
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
APPOSITIONS = (
    "the defending champion",
    "a former junior world champion",
    "the champion here two years ago",
    "a semi-finalist here last year",
    "the reigning Olympic champion",
    "a left-hander",
    "the tallest player in the draw",
    "a former doubles specialist",
)
APPOSITIONS_DOUBLES = (
    "the defending champions",
    "the reigning Olympic champions",
    "a new partnership this season",
    "the champions here two years ago",
)
RELATIVES = (
    "who won the title here in {year}",
    "who had not dropped a set all week",
    "who trains in {other_city}",
    "who was playing {their} first tour-level event",
    "who came through qualifying",
    "who reached the final here last year",
    "who is coached by {their} father",
)
RELATIVES_DOUBLES = (
    "who won the title here in {year}",
    "who had not dropped a set all week",
    "who were playing together for the first time",
    "who came through qualifying",
)
ROLES = ("qualifier", "wildcard", "lucky loser", "home favourite", "veteran", "teenager")
ROLES_DOUBLES = ("wildcards", "qualifiers", "alternates")
WINNER_ADVERBS = ("comfortably", "easily", "eventually", "duly", "convincingly", "finally")
LOSER_ADVERBS = ("eventually", "ultimately", "duly", "finally")
OTHER_CITIES = ("Barcelona", "Monaco", "Dubai", "Florida", "Paris", "Prague", "Bratislava", "Valencia")
