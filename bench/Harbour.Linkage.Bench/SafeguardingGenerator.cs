using System.Globalization;
using System.Text;
using AnyAscii;

namespace Harbour.Linkage.Bench;

/// <summary>One generated record and the person it truly describes.</summary>
internal sealed record GeneratedRecord(
    string RecordId,
    string PersonId,
    string GivenName,
    string FamilyName,
    string DateOfBirth,
    string Gender,
    string Nationality,
    string Phone,
    string Email,
    string Address,
    string Town,
    string Postcode);

/// <summary>
/// Synthetic referrals shaped like Harbour's: people of the nationalities most often referred in the UK, reported
/// one to six times by different agencies, with typos, swapped names, nicknames, transliteration variants,
/// missing and day/month-swapped dates, placeholder dates, phones in several formats, and several people
/// (often relatives sharing a family name) at one address. Seeded, so a size and seed always give the same data.
/// </summary>
internal sealed class SafeguardingGenerator(int seed)
{
    private sealed record Nationality(string Name, string Demonym, double Share, string[] Male, string[] Female, string[] Family);

    private static readonly Nationality[] Nationalities =
    [
        new("United Kingdom", "British", 0.26,
            ["James", "Oliver", "Harry", "Jack", "George", "Thomas", "William", "Daniel", "Joshua", "Samuel", "Liam", "Connor", "Callum", "Kyle", "Ryan", "Lewis", "Jordan", "Nathan", "Robert", "Michael", "Jamie", "Alfie", "Charlie", "Mason"],
            ["Olivia", "Amelia", "Emily", "Jessica", "Chloe", "Sophie", "Lauren", "Megan", "Hannah", "Charlotte", "Katie", "Rebecca", "Ellie", "Paige", "Shannon", "Courtney", "Jade", "Leah", "Abigail", "Grace", "Elizabeth", "Victoria", "Poppy", "Isla"],
            ["Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "Mitchell", "Bennett", "Carter", "Shaw", "Price", "Barnes", "Knight", "Fletcher"]),
        new("Albania", "Albanian", 0.14,
            ["Arben", "Besnik", "Ermal", "Gjergj", "Agim", "Artan", "Bledar", "Dritan", "Elton", "Fatmir", "Genci", "Ilir", "Klodian", "Luan", "Mergim", "Olsi", "Renato", "Sokol", "Taulant", "Erion", "Endri", "Kristi", "Mario", "Flamur"],
            ["Ana", "Blerta", "Elona", "Fjona", "Gentiana", "Klea", "Arbana", "Dorina", "Elira", "Jonida", "Mirela", "Rozana", "Teuta", "Valbona", "Xhensila", "Ermira", "Anisa", "Besa"],
            ["Hoxha", "Shehu", "Gjoka", "Krasniqi", "Berisha", "Dervishi", "Çela", "Leka", "Kola", "Hysa", "Marku", "Gashi", "Bajrami", "Muça", "Basha", "Rama", "Lika", "Duka", "Prifti", "Kurti", "Mema", "Kadria", "Zeqiri", "Tafa", "Llesh"]),
        new("Viet Nam", "Vietnamese", 0.13,
            ["Minh", "Anh", "Duc", "Hung", "Tuan", "Quang", "Long", "Nam", "Hieu", "Thanh", "Khanh", "Phuc", "Dung", "Huy", "Bao", "Son", "Trung", "Viet", "Hoang", "Thang"],
            ["Linh", "Lan", "Mai", "Huong", "Thao", "Trang", "Ngoc", "Hoa", "Thu", "Hanh", "Phuong", "Nhung", "Yen", "Van", "Tam", "Quynh", "Vy", "Nga"],
            ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lâm", "Mai"]),
        new("Romania", "Romanian", 0.1,
            ["Alexandru", "Andrei", "Ionuț", "Mihai", "Gheorghe", "Vasile", "Constantin", "Florin", "Adrian", "Cristian", "Bogdan", "Marius", "Ștefan", "Daniel", "Nicolae", "Radu", "Sorin", "Dumitru"],
            ["Maria", "Elena", "Ioana", "Andreea", "Alexandra", "Mihaela", "Cristina", "Florentina", "Gabriela", "Roxana", "Simona", "Daniela", "Georgiana", "Alina"],
            ["Popescu", "Ionescu", "Popa", "Pop", "Radu", "Dumitru", "Stan", "Stoica", "Gheorghe", "Matei", "Ciobanu", "Rusu", "Munteanu", "Constantin", "Moldovan", "Lungu", "Marin", "Tudor", "Florea", "Dinu", "Barbu", "Nistor", "Ștefănescu"]),
        new("Eritrea", "Eritrean", 0.08,
            ["Yohannes", "Tesfaye", "Dawit", "Mehari", "Yonas", "Samuel", "Filmon", "Habtom", "Kidane", "Berhane", "Tekle", "Ghirmay", "Amanuel", "Biniam", "Merhawi", "Robel", "Haile", "Simon"],
            ["Helen", "Senait", "Luwam", "Selam", "Yordanos", "Hiwet", "Rahel", "Mebrat", "Saba", "Tsega", "Ruth", "Feven", "Winta", "Eden"],
            ["Gebremedhin", "Tesfamariam", "Habte", "Gebre", "Kidane", "Tekle", "Berhe", "Haile", "Mehari", "Andemariam", "Ghebreyesus", "Woldu", "Asmerom", "Yemane", "Tewelde", "Negash", "Abraha", "Ghirmay"]),
        new("Sudan", "Sudanese", 0.08,
            ["Mohammed", "Ahmed", "Osman", "Ibrahim", "Abdalla", "Yousif", "Omer", "Hassan", "Hussein", "Mustafa", "Khalid", "Adam", "Ismail", "Suleiman", "Abdelrahman", "Ali", "Elfatih", "Salih"],
            ["Fatima", "Amna", "Aisha", "Mariam", "Khadija", "Sara", "Hawa", "Zainab", "Asma", "Hiba", "Safa", "Nusaiba"],
            ["Mohammed", "Ahmed", "Osman", "Ibrahim", "Abdalla", "Hassan", "Ali", "Adam", "Yousif", "Elhassan", "Abdelrahim", "Musa", "Idris", "Babiker", "Elamin", "Eltayeb", "Hamid", "Omer"]),
        new("Poland", "Polish", 0.1,
            ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Marcin", "Łukasz", "Jakub", "Kamil", "Mateusz", "Adam", "Marek", "Wojciech", "Grzegorz", "Dariusz", "Sebastian", "Bartosz", "Rafał"],
            ["Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Magdalena", "Joanna", "Aleksandra", "Monika", "Ewa", "Karolina", "Natalia", "Justyna", "Zofia", "Paulina"],
            ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski"]),
        new("China", "Chinese", 0.11,
            ["Wei", "Jun", "Hao", "Lei", "Jie", "Tao", "Ming", "Qiang", "Yong", "Bo", "Chao", "Gang", "Peng", "Hui", "Jian", "Feng", "Xin", "Yang"],
            ["Li", "Fang", "Ying", "Jing", "Mei", "Xiu", "Yan", "Hong", "Lan", "Min", "Na", "Ting", "Xia", "Yun", "Qing", "Lin"],
            ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang"]),
    ];

    private static readonly Dictionary<string, string[]> Variants = new(StringComparer.Ordinal)
    {
        ["Mohammed"] = ["Mohamed", "Muhammad", "Mohammad", "Mohamud"],
        ["Ahmed"] = ["Ahmad", "Ahmet"],
        ["Yousif"] = ["Yusuf", "Yousef", "Youssef"],
        ["Omer"] = ["Omar", "Umar"],
        ["Hussein"] = ["Husein", "Hussain"],
        ["Mustafa"] = ["Mostafa"],
        ["Suleiman"] = ["Sulaiman"],
        ["Abdalla"] = ["Abdullah", "Abdallah"],
        ["Osman"] = ["Othman", "Usman"],
        ["Yohannes"] = ["Johannes", "John", "Yohanes"],
        ["Tesfaye"] = ["Tesfay"],
        ["Dawit"] = ["David"],
        ["Yonas"] = ["Jonas"],
        ["Tekle"] = ["Teklay"],
        ["Berhane"] = ["Berhe"],
        ["Gebre"] = ["Ghebre", "Gebrey"],
        ["Alexandru"] = ["Alex", "Alexander"],
        ["Andrei"] = ["Andrew"],
        ["Gheorghe"] = ["George"],
        ["Ștefan"] = ["Stefan"],
        ["Ionuț"] = ["Ionut"],
        ["Ioana"] = ["Joanna"],
        ["Piotr"] = ["Peter"],
        ["Paweł"] = ["Pawel", "Paul"],
        ["Michał"] = ["Michal", "Michael"],
        ["Łukasz"] = ["Lukasz"],
        ["Jakub"] = ["Jacob", "Kuba"],
        ["Tomasz"] = ["Tom", "Thomas"],
        ["Katarzyna"] = ["Kasia", "Kate"],
        ["Małgorzata"] = ["Gosia", "Malgorzata"],
        ["Aleksandra"] = ["Ola", "Alexandra"],
        ["Gjergj"] = ["George", "Gjergji"],
        ["Çela"] = ["Cela", "Chela"],
        ["Muça"] = ["Muca", "Mucha"],
        ["Zhang"] = ["Chang", "Cheung"],
        ["Chen"] = ["Chan"],
        ["Wang"] = ["Wong"],
        ["Zhou"] = ["Chow"],
        ["Huang"] = ["Wong"],
        ["Li"] = ["Lee"],
        ["Liu"] = ["Lau"],
        ["Huỳnh"] = ["Hoang", "Huynh"],
        ["Võ"] = ["Vo", "Vu"],
        ["James"] = ["Jim", "Jimmy", "Jamie"],
        ["William"] = ["Will", "Bill", "Liam"],
        ["Robert"] = ["Rob", "Bob"],
        ["Michael"] = ["Mike", "Mick"],
        ["Thomas"] = ["Tom", "Tommy"],
        ["Daniel"] = ["Dan", "Danny"],
        ["Samuel"] = ["Sam"],
        ["Joshua"] = ["Josh"],
        ["Elizabeth"] = ["Liz", "Beth"],
        ["Rebecca"] = ["Becky"],
        ["Victoria"] = ["Vicky"],
        ["Jessica"] = ["Jess"],
        ["Katie"] = ["Kate"],
        ["Abigail"] = ["Abbie", "Abby"],
    };

    private static readonly string[] Streets =
    [
        "High", "Church", "Station", "Victoria", "Park", "London", "Albert", "Queens", "Kings", "Portswood", "Shirley", "Bitterne",
        "Commercial", "Fratton", "Elm Grove", "Winchester", "Southampton", "Northam", "St Marys", "Derby", "Avenue", "Lodge",
        "Milton", "Copnor", "Kingston", "Stanley", "Cromwell", "Manor", "Mill", "Chapel", "Grove", "York", "Oxford", "Cambridge",
        "Warren", "Belmont", "Carlton", "Clarence", "Denmark", "Eastney", "Highland", "Jubilee", "Lansdowne", "Marlborough",
    ];

    private static readonly (string Full, string Short)[] StreetTypes =
    [
        ("Street", "St"), ("Road", "Rd"), ("Avenue", "Ave"), ("Lane", "Ln"), ("Close", "Cl"), ("Drive", "Dr"), ("Crescent", "Cres"), ("Gardens", "Gdns"),
    ];

    private static readonly (string Town, string Area, int Districts)[] Towns =
    [
        ("Southampton", "SO", 53), ("Portsmouth", "PO", 41), ("Reading", "RG", 45), ("Guildford", "GU", 52), ("Bournemouth", "BH", 31),
        ("Salisbury", "SP", 11), ("Winchester", "SO", 24), ("Basingstoke", "RG", 28), ("Newport", "PO", 41), ("Aldershot", "GU", 12),
    ];

    private readonly Random _random = new(seed);

    public List<GeneratedRecord> Generate(int records)
    {
        var result = new List<GeneratedRecord>(records);
        var addresses = new List<(string Line, string Town, string Postcode, string Family)>();
        int person = 0;
        while (result.Count < records)
        {
            Nationality nationality = PickNationality();
            bool female = _random.NextDouble() < 0.45;
            string given = Pick(female ? nationality.Female : nationality.Male);
            string family = Pick(nationality.Family);

            // Households: a third of people live where someone else already lives, often a relative.
            (string Line, string Town, string Postcode, string Family) address;
            if (addresses.Count > 0 && _random.NextDouble() < 0.35)
            {
                address = addresses[_random.Next(Math.Max(0, addresses.Count - 2000), addresses.Count)];
                if (_random.NextDouble() < 0.5)
                {
                    family = address.Family;
                }
            }
            else
            {
                address = NewAddress(family);
                addresses.Add(address);
            }

            var dob = new DateOnly(1960, 1, 1).AddDays(_random.Next(0, 365 * 50));
            string phone = "07" + _random.Next(100, 1000).ToString(CultureInfo.InvariantCulture) + _random.Next(100000, 1000000).ToString(CultureInfo.InvariantCulture);
            string email = Fold(given).ToLowerInvariant() + (_random.NextDouble() < 0.5 ? "." : string.Empty) + Fold(family).ToLowerInvariant()
                // The person's number keeps addresses unique, as real ones are: two people never share a mailbox here.
                + person.ToString(CultureInfo.InvariantCulture) + "@" + Pick(["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "mail.ru", "icloud.com"]);
            string personId = "p" + person.ToString(CultureInfo.InvariantCulture);
            int reports = ReportCount();
            for (int k = 0; k < reports && result.Count < records; k++)
            {
                result.Add(Report(personId, given, family, dob, female, nationality, phone, email, address, first: k == 0));
            }

            person++;
        }

        // Opaque ids and shuffled rows: neither may reveal who is who.
        _random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(result));
        for (int i = 0; i < result.Count; i++)
        {
            result[i] = result[i] with { RecordId = "R" + ((uint)_random.Next()).ToString("X8", CultureInfo.InvariantCulture) + i.ToString("X", CultureInfo.InvariantCulture) };
        }

        return result;
    }

    public static void WriteCsv(IEnumerable<GeneratedRecord> records, string path, string? truthPath)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.NewLine = "\n";
        writer.WriteLine("record_id,given_name,family_name,dob,gender,nationality,phone,email,address,town,postcode");
        using StreamWriter? truth = truthPath is null ? null : new StreamWriter(truthPath, false, new UTF8Encoding(false));
        truth?.WriteLine("record_id,person_id");
        foreach (GeneratedRecord r in records)
        {
            writer.WriteLine(string.Join(',', new[] { r.RecordId, r.GivenName, r.FamilyName, r.DateOfBirth, r.Gender, r.Nationality, r.Phone, r.Email, r.Address, r.Town, r.Postcode }.Select(Quote)));
            truth?.WriteLine(r.RecordId + "," + r.PersonId);
        }
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private GeneratedRecord Report(
        string personId, string given, string family, DateOnly dob, bool female, Nationality nationality, string phone, string email,
        (string Line, string Town, string Postcode, string Family) address, bool first)
    {
        // The first report is the cleanest; later ones, from other agencies, are messier.
        double mess = first ? 0.5 : 1.0;
        string g = Spell(given, mess);
        string f = Spell(family, mess);
        if (Chance(0.06 * mess))
        {
            (g, f) = (f, g);
        }

        if (Chance(0.03 * mess))
        {
            g = string.Empty;
        }

        if (Chance(0.04 * mess))
        {
            f = string.Empty;
        }

        return new GeneratedRecord(
            string.Empty,
            personId,
            Case(g),
            Case(f),
            FormatDate(dob, mess),
            Chance(0.25) ? string.Empty : female ? Pick(["F", "Female", "female", "f"]) : Pick(["M", "Male", "male", "m"]),
            Chance(0.3) ? string.Empty : Chance(0.5) ? nationality.Demonym : nationality.Name,
            Chance(0.45) ? string.Empty : FormatPhone(Chance(0.04 * mess) ? Typo(phone, digitsOnly: true) : phone),
            Chance(0.6) ? string.Empty : Chance(0.05 * mess) ? Typo(email, digitsOnly: false) : email,
            Chance(0.3) ? string.Empty : FormatAddress(address.Line, mess),
            Chance(0.3) ? string.Empty : address.Town,
            Chance(0.25) ? string.Empty : FormatPostcode(address.Postcode));
    }

    private string Spell(string name, double mess)
    {
        if (Variants.TryGetValue(name, out string[]? variants) && Chance(0.25 * mess))
        {
            name = Pick(variants);
        }

        if (Chance(0.3))
        {
            // Diacritics are often dropped when another agency types the name.
            name = Fold(name);
        }

        return Chance(0.1 * mess) ? Typo(name, digitsOnly: false) : name;
    }

    private string Typo(string text, bool digitsOnly)
    {
        if (text.Length < 3)
        {
            return text;
        }

        var chars = text.ToList();
        int position = _random.Next(1, chars.Count - 1);
        switch (_random.Next(4))
        {
            case 0:
                chars.RemoveAt(position);
                break;
            case 1:
                (chars[position], chars[position - 1]) = (chars[position - 1], chars[position]);
                break;
            case 2:
                chars[position] = digitsOnly ? (char)('0' + _random.Next(10)) : (char)('a' + _random.Next(26));
                break;
            default:
                chars.Insert(position, digitsOnly ? (char)('0' + _random.Next(10)) : chars[position]);
                break;
        }

        return new string([.. chars]);
    }

    private string FormatDate(DateOnly dob, double mess)
    {
        if (Chance(0.12))
        {
            return string.Empty;
        }

        int day = dob.Day;
        int month = dob.Month;
        int year = dob.Year;
        if (Chance(0.06 * mess) && day <= 12)
        {
            (day, month) = (month, day);
        }
        else if (Chance(0.05 * mess))
        {
            // Age known, date not: recorded as 1 January of the estimated year.
            (day, month) = (1, 1);
            year += _random.Next(-1, 2);
        }
        else if (Chance(0.04 * mess))
        {
            day = Math.Clamp(day + Pick([-1, 1, 10, -10]), 1, 28);
        }

        return Pick(["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy"]) switch
        {
            "yyyy-MM-dd" => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}"),
            "dd/MM/yyyy" => string.Create(CultureInfo.InvariantCulture, $"{day:D2}/{month:D2}/{year:D4}"),
            "d/M/yyyy" => string.Create(CultureInfo.InvariantCulture, $"{day}/{month}/{year:D4}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{day:D2}-{month:D2}-{year:D4}"),
        };
    }

    private string FormatPhone(string phone)
    {
        string national = phone[1..];
        return _random.Next(5) switch
        {
            0 => phone,
            1 => phone[..5] + " " + phone[5..],
            2 => "+44 " + national[..4] + " " + national[4..],
            3 => "(" + phone[..5] + ") " + phone[5..8] + " " + phone[8..],
            _ => "0044" + national,
        };
    }

    private string FormatAddress(string line, double mess)
    {
        foreach ((string full, string shortForm) in StreetTypes)
        {
            if (line.EndsWith(full, StringComparison.Ordinal) && Chance(0.4))
            {
                line = line[..^full.Length] + shortForm;
            }
        }

        if (Chance(0.1 * mess))
        {
            line = Typo(line, digitsOnly: false);
        }

        return Chance(0.2) ? line.ToUpperInvariant() : line;
    }

    private string FormatPostcode(string postcode) => _random.Next(3) switch
    {
        0 => postcode,
        1 => postcode.Replace(" ", string.Empty, StringComparison.Ordinal),
        _ => postcode.ToLowerInvariant(),
    };

    private (string Line, string Town, string Postcode, string Family) NewAddress(string family)
    {
        (string town, string area, int districts) = Pick(Towns);
        (string full, string _) = Pick(StreetTypes);
        string line = _random.Next(1, 300).ToString(CultureInfo.InvariantCulture) + " " + Pick(Streets) + " " + full;
        string postcode = string.Create(CultureInfo.InvariantCulture,
            $"{area}{_random.Next(1, districts + 1)} {_random.Next(0, 10)}{(char)('A' + _random.Next(26))}{(char)('A' + _random.Next(26))}");
        return (line, town, postcode, family);
    }

    private int ReportCount()
    {
        double draw = _random.NextDouble();
        return draw switch
        {
            < 0.45 => 1,
            < 0.67 => 2,
            < 0.80 => 3,
            < 0.90 => 4,
            < 0.96 => 5,
            _ => 6,
        };
    }

    private Nationality PickNationality()
    {
        double draw = _random.NextDouble() * Nationalities.Sum(n => n.Share);
        foreach (Nationality nationality in Nationalities)
        {
            draw -= nationality.Share;
            if (draw <= 0)
            {
                return nationality;
            }
        }

        return Nationalities[^1];
    }

    private string Case(string name) => name.Length == 0 ? name : _random.Next(10) switch
    {
        0 => name.ToUpperInvariant(),
        1 => name.ToLowerInvariant(),
        _ => name,
    };

    private static string Fold(string text) => text.Transliterate();

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
