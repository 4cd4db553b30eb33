using System.Linq;
using TypedCorpus.Extraction;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Where an article-level trim must not cut a name the mention holds whole (patronyms, initials).</summary>
public class PeopleNameEdgeTests
{
    private static string[] People(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nJakarta, Kabar - " + string.Join("\n\n", paragraphs) + "\n").People.ToArray();

    [Fact]
    public void Patronym_keeps_the_given_names_before_bin()
    {
        Assert.Equal(new[] { "Rudi Hartono bin Sulaiman" },
            People("Perkara itu terhadap Tersangka Rudi Hartono bin Sulaiman yang disangka mencuri. Tersangka Rudi Hartono kini ditahan."));
        Assert.Equal(new[] { "Rosli Zaki bin Yusof" },
            People("Perdana Menteri (PM) Malaysia Dato’ Sri Rosli Zaki bin Yusof tiba di Bogor. Presiden dan PM Rosli Zaki membahas perbatasan."));
    }

    [Fact]
    public void An_initial_opening_a_name_is_no_glued_head()
        => Assert.Equal(new[] { "Budi M Siregar", "M Rizal Fahmi" },
            People("Kapolres AKBP Budi M Siregar hadir. Kasat Reskrim AKP M Rizal Fahmi menjelaskan kronologi."));

    [Fact]
    public void A_middle_initial_keeps_the_given_name_before_it()
        => Assert.Equal(new[] { "Hendro J. Saputra" }, People("Kepala Kejari Tanjung Sari Hendro J. Saputra menjelaskan perkara itu."));
}
