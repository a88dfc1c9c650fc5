/// English function words, and the boilerplate of abstracts, that carry no topic.
enum StopWords {
    static let all: Set<String> = Set("""
        a about above after again against all also am an and any are as at be because been before being below \
        between both but by can could did do does doing down during each either few for from further had has have \
        having he her here hers herself him himself his how however i if in into is it its itself just me more most \
        my myself no nor not now of off on once only or other our ours ourselves out over own same she should so some \
        such than that the their theirs them themselves then there these they this those through thus to too under \
        until up upon very was we were what when where which while who whom why will with within without would you \
        your yours yourself yourselves via may might must shall us among across along whether yet since etc ie eg \
        per vs one two three many much several various via often well even still toward towards cannot \
        paper propose proposed proposes present presents introduce introduces show shows shown demonstrate \
        demonstrates result results method methods approach approaches novel new use used using uses based \
        achieve achieves achieved existing work works furthermore moreover addition additionally specifically \
        significantly significant extensive experiments experiment experimental effectively effective \
        outperforms outperform code available https github com www
        """.split(separator: " ").map(String.init))
}
