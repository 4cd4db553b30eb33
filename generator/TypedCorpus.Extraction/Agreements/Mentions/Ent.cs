namespace TypedCorpus.Extraction.Agreements
{
    internal enum EntType { Country, Org, Person, Name, Group }

    /// <summary>
    /// A party mention: a country, organisation, person, bare proper name, or a counted group ("kedua negara"). Read-only once
    /// made: where the agreement step learns more of a mention (an organisation's prefix distributed over a list, a name
    /// that is a person's), it puts a new mention in its place (<see cref="With"/>).
    /// </summary>
    internal sealed class Ent
    {
        public int TokStart { get; init; }
        public int TokEnd { get; init; } // exclusive
        public string Name { get; init; } = "";
        public EntType Type { get; init; }
        public int GroupCount { get; init; }
        public string GroupHead { get; init; } = "";
        public string? AdminPrefix { get; init; } // "Pemerintah Kabupaten" for distributing over "Bone, Wajo, dan Sidenreng Rappang"

        /// <summary>This mention as a <paramref name="type"/> named <paramref name="name"/> (the same object when nothing changes).</summary>
        public Ent With(EntType type, string name) => type == Type && string.Equals(name, Name, System.StringComparison.Ordinal) ? this
            : new Ent { TokStart = TokStart, TokEnd = TokEnd, Name = name, Type = type, GroupCount = GroupCount, GroupHead = GroupHead, AdminPrefix = AdminPrefix };
    }
}
