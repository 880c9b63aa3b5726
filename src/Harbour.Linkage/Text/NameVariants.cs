using System.Collections.Frozen;

namespace Harbour.Linkage.Text;

/// <summary>
/// Groups of names that refer to the same person in practice: nicknames (Robert/Bob), anglicised forms
/// (Yohannes/John) and transliteration variants (Mohamed/Muhammad). Each normalised name maps to the
/// first group it appears in.
/// </summary>
public static class NameVariants
{
    // Each line is one group. Names are in normalised form (lower-case ASCII letters).
    private static readonly string[] Groups =
    [
        "mohammed mohamed muhammad muhammed mohammad mohamad mohamud mehmet mohd mahomed",
        "ahmed ahmad ahmet",
        "yusuf yousef youssef yosef yusef joseph joe joey jozef jozsef",
        "ibrahim ebrahim abraham",
        "ismail ismael esmail",
        "mustafa mostafa moustafa",
        "hussein husein hussain husain hossein",
        "osman othman uthman usman",
        "omar umar omer",
        "suleiman sulaiman soliman solomon suleyman",
        "abdullah abdallah abdulla",
        "abdul abdel abdoul",
        "hassan hasan",
        "khalid khaled",
        "ali aly",
        "fatima fatma fatemeh",
        "aisha ayesha aysha aicha",
        "john jon jonathan johnny jack yohannes yohanes johannes yohanis ioan ion ivan jan johan",
        "dawit dawitt davit",
        "david dave davey davy",
        "yonas jonas",
        "michael mike mick mikey michal mihai mikhail mikael mykhailo",
        "gebre gebray gebrey ghebre",
        "tesfaye tesfay tesfai",
        "haile hailay",
        "tekle teklay teklai",
        "berhane berhe birhane",
        "mehari meharie",
        "alexandru alex alexander alexandra alexandr aleksander aleksandra aleks sandu sasha",
        "andrei andrew andy drew andrzej andreas",
        "gheorghe george georgi jerzy gjergj gjergji",
        "vasile vasil basil",
        "constantin costel konstantin",
        "ioana joanna joana",
        "maria mary marie marija",
        "elena helen helena ellen",
        "ionut ionel",
        "krzysztof christopher chris kris kristof",
        "malgorzata gosia margaret maggie meg peggy",
        "katarzyna kasia katherine kate katie cathy catherine kathryn kath",
        "piotr peter pete petru petar",
        "pawel paul paulo pavel",
        "tomasz thomas tom tommy toma",
        "stanislaw stan stanley",
        "wojciech wojtek",
        "robert rob bob bobby robbie",
        "william will bill billy liam willie",
        "elizabeth liz beth betty lizzie eliza elisabeth",
        "james jim jimmy jamie",
        "richard rick dick richie rich",
        "daniel dan danny",
        "anthony tony antoni antonio",
        "edward ed eddie ted",
        "charles charlie chuck",
        "matthew matt mateusz",
        "nicholas nick nicky nicolae",
        "samuel sam sammy",
        "benjamin ben benny",
        "stephen steven steve stefan",
        "patrick pat paddy",
        "victoria vicky",
        "rebecca becky",
        "susan sue susie",
        "deborah debbie deb",
        "jessica jess jessie",
        "joshua josh",
        "timothy tim",
        "jacob jake jakub",
        "henry harry hal",
        "frederick fred freddie",
        "lawrence larry",
        "ronald ron ronnie",
        "kenneth ken kenny",
        "raymond ray",
        "eleanor ellie nell",
        "abigail abbie abby",
        "isabella isabelle bella izzy",
        "amelia millie",
        "hannah anna ann anne annie",
        "arben arbeni",
        "gjon gjoni",
        "nguyen nguyn ngyuen",
        "hoang huynh",
        "vu vo",
        "wang wong",
        "zhang chang cheung",
        "li lee",
        "chen chan",
        "liu lau",
        "zhou chow chou",
        "wu ng",
    ];

    private static readonly FrozenDictionary<string, int> GroupByName = BuildIndex();

    /// <summary>The variant group of a normalised name, or -1 when the name is in no group.</summary>
    public static int GroupOf(string normalisedName) =>
        GroupByName.TryGetValue(normalisedName, out int group) ? group : -1;

    /// <summary>True when two normalised names are known variants of each other.</summary>
    public static bool AreVariants(string a, string b)
    {
        int group = GroupOf(a);
        return group >= 0 && group == GroupOf(b);
    }

    private static FrozenDictionary<string, int> BuildIndex()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int group = 0; group < Groups.Length; group++)
        {
            foreach (string name in Groups[group].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                index.TryAdd(name, group);
            }
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
