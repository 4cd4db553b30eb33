using System.Linq;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>A role in small letters, then the short name of its body, then the holder ("juru bicara KPK Budi Santoso"); invented names.</summary>
public class PeopleRoleBeforeBodyTests
{
    private static string[] People(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nSukamaju, Kabar - " + string.Join("\n\n", paragraphs)).People.OrderBy(p => p, System.StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData("Juru bicara KPK Wiratmo Hadisaputro mengatakan, tim penyidik tengah mendalami kasus itu.")]
    [InlineData("Hal itu disampaikan anggota DPR Wiratmo Hadisaputro kepada wartawan.")]
    [InlineData("Hal itu disampaikan juru bicara KPK Wiratmo Hadisaputro kepada wartawan.")]
    [InlineData("Tuntutan itu dibacakan jaksa KPK Wiratmo Hadisaputro dalam sidang.")]
    public void The_name_after_a_small_letter_role_and_its_bodys_short_name_is_the_holder(string text)
        => Assert.Equal(new[] { "Wiratmo Hadisaputro" }, People(text));

    [Theory]
    [InlineData("Kantor KPK Jakarta Selatan dijaga ketat.")]
    [InlineData("Gedung DPR Senayan dipenuhi massa.")]
    public void A_bodys_short_name_without_a_role_before_it_names_no_person(string text)
        => Assert.Empty(People(text));
}
