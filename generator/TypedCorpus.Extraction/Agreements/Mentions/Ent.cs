namespace TypedCorpus.Extraction.Agreements
{
    internal enum EntType { Country, Org, Person, Name, Group }

    /// <summary>A party mention: a country, organisation, person, bare proper name, or a counted group ("kedua negara").</summary>
    internal sealed class Ent
    {
        public int TokStart;
        public int TokEnd; // exclusive
        public string Name = "";
        public EntType Type;
        public int GroupCount;
        public string GroupHead = "";
        public string? AdminPrefix; // "Pemerintah Kabupaten" for distributing over "Bone, Wajo, dan Sidenreng Rappang"
    }
}
