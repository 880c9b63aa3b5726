using System.Text;

namespace Harbour.Linkage.Text;

/// <summary>
/// A Metaphone-style phonetic key for names already folded to lower-case ASCII letters. It maps sounds that
/// agencies commonly spell differently (ph/f, ck/k, silent h and gh, c before e/i/y as s, vowels after the first
/// letter dropped) to one code, so "Mohamed" and "Muhammad" or "Stephen" and "Steven" share a key.
/// </summary>
public static class Phonetic
{
    public static string Encode(ReadOnlySpan<char> name, int maxLength = 6)
    {
        if (name.IsEmpty)
        {
            return string.Empty;
        }

        var code = new StringBuilder(maxLength);
        int start = 0;
        if (name.Length > 1)
        {
            string first2 = new(name[..2]);
            switch (first2)
            {
                case "kn" or "gn" or "pn" or "wr" or "ae":
                    start = 1;
                    break;
                case "wh":
                    code.Append('w');
                    start = 2;
                    break;
                case "ps":
                    start = 1;
                    break;
            }
        }

        if (start == 0 && name[0] == 'x')
        {
            code.Append('s');
            start = 1;
        }

        if (start == 0 && IsVowel(name[0]))
        {
            // Any leading vowel sound is coded alike: Ali/Aly/Ely and Omar/Umar share a key.
            code.Append('a');
            start = 1;
        }

        for (int i = start; i < name.Length && code.Length < maxLength; i++)
        {
            char c = name[i];
            char previous = i > 0 ? name[i - 1] : '\0';
            char next = i + 1 < name.Length ? name[i + 1] : '\0';
            char afterNext = i + 2 < name.Length ? name[i + 2] : '\0';
            if (c == previous && c != 'c')
            {
                continue;
            }

            switch (c)
            {
                case 'a' or 'e' or 'i' or 'o' or 'u':
                    break;
                case 'b':
                    if (!(previous == 'm' && next == '\0'))
                    {
                        code.Append('b');
                    }

                    break;
                case 'c':
                    if (next == 'i' && afterNext == 'a')
                    {
                        code.Append('x');
                    }
                    else if (next == 'h')
                    {
                        code.Append(previous == 's' ? 'k' : 'x');
                        i++;
                    }
                    else if (next is 'i' or 'e' or 'y')
                    {
                        if (previous != 's')
                        {
                            code.Append('s');
                        }
                    }
                    else if (next != 'k' && next != 'q')
                    {
                        code.Append('k');
                    }

                    break;
                case 'd':
                    if (next == 'g' && afterNext is 'e' or 'i' or 'y')
                    {
                        code.Append('j');
                        i++;
                    }
                    else
                    {
                        code.Append('t');
                    }

                    break;
                case 'g':
                    if (next == 'h' && !IsVowel(afterNext))
                    {
                        // Silent gh as in Hugh or Leigh.
                        i++;
                    }
                    else if (next == 'n' && (afterNext == '\0' || (afterNext == 'e' && i + 3 < name.Length && name[i + 3] == 'd')))
                    {
                    }
                    else if (next is 'i' or 'e' or 'y' && previous != 'g')
                    {
                        code.Append('j');
                    }
                    else
                    {
                        code.Append('k');
                    }

                    break;
                case 'h':
                    if (IsVowel(next) && !(previous is 'c' or 's' or 'p' or 't' or 'g') && !IsVowel(previous))
                    {
                        code.Append('h');
                    }

                    break;
                case 'k':
                    if (previous != 'c')
                    {
                        code.Append('k');
                    }

                    break;
                case 'p':
                    if (next == 'h')
                    {
                        code.Append('f');
                        i++;
                    }
                    else
                    {
                        code.Append('p');
                    }

                    break;
                case 'q':
                    code.Append('k');
                    break;
                case 's':
                    if (next == 'h' || (next == 'i' && afterNext is 'o' or 'a'))
                    {
                        code.Append('x');
                        i += next == 'h' ? 1 : 0;
                    }
                    else if (next == 'c' && afterNext == 'h')
                    {
                        code.Append("sk");
                        i += 2;
                    }
                    else if (next == 'z')
                    {
                        // Polish sz is sh.
                        code.Append('x');
                        i++;
                    }
                    else
                    {
                        code.Append('s');
                    }

                    break;
                case 't':
                    if (next == 'i' && afterNext is 'o' or 'a')
                    {
                        code.Append('x');
                    }
                    else if (next == 'h')
                    {
                        code.Append('0');
                        i++;
                    }
                    else if (!(next == 'c' && afterNext == 'h'))
                    {
                        code.Append('t');
                    }

                    break;
                case 'v':
                    code.Append('f');
                    break;
                case 'w' or 'y':
                    if (IsVowel(next))
                    {
                        code.Append(c);
                    }

                    break;
                case 'x':
                    code.Append("ks");
                    break;
                case 'z':
                    code.Append('s');
                    break;
                default:
                    code.Append(c);
                    break;
            }
        }

        return code.Length > maxLength ? code.ToString(0, maxLength) : code.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
