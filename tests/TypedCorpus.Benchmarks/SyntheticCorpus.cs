using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace TypedCorpus.Benchmarks;

/// <summary>
/// A deterministic maker of realistic, distinct Indonesian news articles: dateline, outlet, date, headline, paragraphs,
/// direct and partial quotes with attribution, a bulleted list of agreements, "Baca Juga" links and furniture.
/// The same (index) always gives the same text; names, cities, outlets, topics and dates vary.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] Outlets = { "Kompas.com", "Tempo.co", "Antaranews.com", "Detik.com", "CNBC Indonesia", "Republika.co.id", "IDN Times", "Liputan6.com", "Tribunnews.com", "Okezone.com" };
    private static readonly string[] Cities = { "Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Beijing", "Moskow", "Tokyo", "Canberra", "Singapura", "Kuala Lumpur", "Washington", "Brussel", "New Delhi", "Seoul" };
    private static readonly string[] Given = { "Budi", "Siti", "Agus", "Dewi", "Rizky", "Putri", "Hendra", "Ayu", "Joko", "Wulan", "Bambang", "Ratna", "Fajar", "Indah", "Yusuf", "Maya", "Andi", "Lestari", "Teguh", "Nur" };
    private static readonly string[] Family = { "Santoso", "Wijaya", "Hidayat", "Pratama", "Saputra", "Kurniawan", "Nugroho", "Siregar", "Harahap", "Simanjuntak", "Lubis", "Wibowo", "Setiawan", "Gunawan", "Rahman", "Halim", "Sitompul", "Tanjung", "Suryadi", "Purnomo" };
    private static readonly string[] Roles = { "Menteri Luar Negeri", "Menteri Perdagangan", "Gubernur", "Duta Besar", "Ketua DPR", "Direktur Utama", "Juru Bicara Kementerian", "Kepala Badan Pusat Statistik", "Ekonom senior", "Wakil Presiden" };
    private static readonly string[] Countries = { "China", "Rusia", "Jepang", "Australia", "Korea Selatan", "India", "Amerika Serikat", "Prancis", "Jerman", "Malaysia", "Singapura", "Vietnam" };
    private static readonly string[] Topics = { "perdagangan bebas", "ketahanan pangan", "transisi energi", "infrastruktur digital", "kesehatan masyarakat", "pendidikan vokasi", "keamanan maritim", "pariwisata", "industri baterai", "perubahan iklim" };
    private static readonly string[] Months = { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember" };
    private static readonly string[] Verbs = { "ujar", "kata", "tegas", "jelas", "ungkap", "tutur" };
    private static readonly string[] Days = { "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu" };

    /// <summary>The file name of article <paramref name="index"/> (sorts in index order).</summary>
    public static string FileName(int index) => $"{index:D6}_synthetic.txt";

    /// <summary>The text of article <paramref name="index"/>.</summary>
    public static string Article(int index)
    {
        var r = new Random(unchecked(index * 7919 + 17));
        string Pick(string[] a) => a[r.Next(a.Length)];
        string Person() => $"{Pick(Given)} {Pick(Family)}";
        var outlet = Pick(Outlets);
        var city = Pick(Cities);
        var topic = Pick(Topics);
        var c1 = Pick(Countries);
        var c2 = Pick(Countries);
        if (c2 == c1) c2 = Countries[(Array.IndexOf(Countries, c1) + 1) % Countries.Length];
        int year = 2018 + r.Next(8), month = r.Next(12), day = 1 + r.Next(28);
        r.Next(7); // (the weekday used to be random: keep the random sequence, and so every other field, as it was)
        // the weekday agrees with the date, as in a real article (a random one made most articles carry a TC0004 warning)
        var date = $"{Days[((int)new DateTime(year, month + 1, day).DayOfWeek + 6) % 7]}, {day} {Months[month]} {year}";
        var speaker1 = Person();
        var speaker2 = Person();
        var role1 = Pick(Roles);
        var role2 = Pick(Roles);
        var sb = new StringBuilder();
        sb.Append($"{c1} dan {c2} Sepakati Kerja Sama {Cap(topic)} Senilai {10 + r.Next(990)} Juta Dolar (No. {index})\n");
        sb.Append($"{role1} {speaker1} menyebut kesepakatan ini sebagai tonggak baru hubungan kedua negara\n");
        sb.Append($"{city}, {outlet} - Pemerintah {c1} dan {c2} menandatangani nota kesepahaman tentang {topic} pada {date}. ");
        sb.Append($"Penandatanganan berlangsung di {city} dan disaksikan oleh sejumlah pejabat tinggi dari kedua negara.\n");
        sb.Append($"\"Kerja sama ini membuka peluang besar bagi pelaku usaha dan masyarakat kita,\" {Pick(Verbs)} {speaker1} kepada wartawan.\n");
        sb.Append($"Menurut {speaker2}, {role2.ToLowerInvariant()}, kesepakatan itu akan \"mempercepat {topic}\" dalam {2 + r.Next(8)} tahun ke depan. ");
        sb.Append($"Ia menambahkan bahwa nilai investasi diperkirakan mencapai {1 + r.Next(50)} miliar rupiah pada tahap awal.\n");
        sb.Append("Baca Juga: " + $"{Pick(Given)} {Pick(Family)} Dilantik Jadi {Pick(Roles)}\n");
        sb.Append($"Dalam pertemuan tersebut, kedua pihak menyepakati beberapa dokumen berikut:\n");
        int items = 2 + r.Next(4);
        for (int i = 0; i < items; i++)
            sb.Append($"- Nota Kesepahaman tentang {Cap(Pick(Topics))} antara {c1} dan {c2}\n");
        sb.Append($"{speaker1} juga berharap kerja sama ini dapat diperluas ke sektor lain. \"Kami ingin hasilnya dirasakan langsung oleh rakyat,\" katanya.\n");
        int extra = 1 + r.Next(4);
        for (int i = 0; i < extra; i++)
            sb.Append($"Sebelumnya, {Pick(Roles).ToLowerInvariant()} {Person()} menyampaikan bahwa pembahasan mengenai {Pick(Topics)} telah berlangsung sejak {Months[r.Next(12)]} {year - 1 - r.Next(3)}, termasuk {r.Next(3, 12)} putaran perundingan teknis di {Pick(Cities)}.\n");
        sb.Append($"\"Kami optimistis target tersebut tercapai,\" {Pick(Verbs)} {speaker2}.\n");
        sb.Append($"Penulis: {Person()}\n");
        sb.Append($"Editor: {Person()}\n");
        return sb.ToString();
    }

    /// <summary>Writes articles 0..count-1 into <paramref name="directory"/> (created if missing).</summary>
    public static void Write(string directory, int count)
    {
        Directory.CreateDirectory(directory);
        for (int i = 0; i < count; i++)
            File.WriteAllText(Path.Combine(directory, FileName(i)), Article(i), new UTF8Encoding(false));
    }

    private static string Cap(string s) => string.Join(" ", Array.ConvertAll(s.Split(' '), w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w.Substring(1)));

    /// <summary>Every (file name, text) pair of a corpus of <paramref name="count"/> articles.</summary>
    public static IEnumerable<(string Name, string Text)> All(int count)
    {
        for (int i = 0; i < count; i++) yield return (FileName(i), Article(i));
    }
}
