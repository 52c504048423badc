// Tests of the boilerplate rules (ontology/boilerplate.tsv) and of their loading.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "reading/boilerplate.h"
#include "document/input_error.h"

using namespace trame;
namespace fs = std::filesystem;

namespace {

const Boilerplate& rules() {
    static const Boilerplate boilerplate = Boilerplate::load(TRAME_SOURCE_DIR "/ontology/boilerplate.tsv");
    return boilerplate;
}

/// Writes `content` to a fresh file in the temporary folder and returns its path.
std::string write_temp(const std::string& name, const std::string& content) {
    fs::path path = fs::temp_directory_path() / ("trame_test_boilerplate_" + name);
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
}

}  // namespace

TEST_CASE("boilerplate: every rule matches its own example", "[boilerplate]") {
    REQUIRE(rules().patterns().size() > 20);
    for (std::size_t i = 0; i < rules().patterns().size(); ++i) {
        const BoilerplatePattern& pattern = rules().patterns()[i];
        INFO("line " << pattern.line << ": /" << pattern.regex << "/ on \"" << pattern.example << "\"");
        CHECK(rules().matches(i, pattern.example));
        CHECK(rules().is_boilerplate(pattern.example));
    }
}

TEST_CASE("boilerplate: usual French news boilerplate is recognised", "[boilerplate]") {
    const char* lines[] = {
        "Crédit : Pierre Lenoir / Studio Nord",
        "Crédits photo",
        "Crédits photo : Reuters",
        "(Photo : AFP)",
        "© AFP",
        "© 2024 Les Nouvelles du Matin",
        "Lire aussi",
        "Lire aussi : « Les négociations reprennent à Vienne »",
        "À lire aussi",
        "À lire également sur notre site",
        "À voir aussi",
        "A voir aussi",
        "À voir également sur France Info",
        "Voir aussi :",
        "PARTAGEZ!",
        "Partager",
        "Partager sur Facebook",
        "Twitter | Facebook | WhatsApp",
        "Inscrivez-vous à la newsletter du matin",
        "Laisser un commentaire",
        "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
        "Les champs obligatoires sont indiqués avec *",
        "Commentaires",
        "12 commentaires",
        "Publicité",
        "PUBLICITÉ",
        "Sur le même sujet",
        "Vidéo",
        "Cette vidéo est en cours de chargement",
        "\xC2\xA0 Lire la suite \t",  // surrounded by a no-break space and a tab
        "…",
    };
    for (const char* line : lines) {
        INFO(line);
        CHECK(rules().is_boilerplate(line));
    }
}

TEST_CASE("boilerplate: real sentences are kept", "[boilerplate]") {
    const char* lines[] = {
        "Une photo du sommet montre les deux dirigeants côte à côte.",
        "Le photographe a pris cette photo à Kiev en mars.",
        "Photo prise par un habitant, l'image a fait le tour des réseaux sociaux.",
        "Crédit Agricole a annoncé jeudi un bénéfice en hausse.",
        "Partager le pouvoir n'est pas à l'ordre du jour, a déclaré le ministre.",
        "Voir aussi loin n'était pas prévu par les diplomates.",
        "Lire aussi entre les lignes est devenu un exercice courant à Moscou.",
        "Publicité mensongère : l'entreprise a été condamnée.",
        "La vidéo est devenue virale en quelques heures.",
        "Commentaires et critiques ont suivi son discours.",
        "Reuters a rapporté que la réunion aurait lieu à Genève.",
        "Le journal a reçu de nombreux commentaires après la publication.",
        "Les abonnés du réseau ont perdu la connexion pendant deux heures.",
        "Le président a répondu aux journalistes.",
        "Vladimir Poutine et Donald Trump",
        "Russie",
    };
    for (const char* line : lines) {
        INFO(line);
        CHECK_FALSE(rules().is_boilerplate(line));
    }
}

TEST_CASE("boilerplate: a line longer than the limit is never boilerplate", "[boilerplate]") {
    std::string line = "Lire aussi : " + std::string(Boilerplate::kMaxLength, 'a');
    CHECK_FALSE(rules().is_boilerplate(line));
    CHECK(rules().is_boilerplate(line.substr(0, Boilerplate::kMaxLength)));
}

TEST_CASE("boilerplate: a broken rule is an error naming file and line", "[boilerplate]") {
    std::string path = write_temp("broken.tsv", "# rules\n\nlire\\s+aussi\tLire aussi\n(voir\tVoir\n");
    try {
        Boilerplate::load(path);
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(e.path() == path + ":4");
        CHECK(std::string(e.what()).rfind(path + ":4: invalid regular expression", 0) == 0);
    }
    std::string no_tab = write_temp("no_tab.tsv", "publicité\n");
    CHECK_THROWS_WITH(Boilerplate::load(no_tab), no_tab + ":1: expected REGEX<TAB>EXAMPLE");
    fs::remove(path);
    fs::remove(no_tab);
}

TEST_CASE("boilerplate: a missing rule file is an error naming it", "[boilerplate]") {
    CHECK_THROWS_AS(Boilerplate::load("/nonexistent/boilerplate.tsv"), InputError);
    CHECK_THROWS_WITH(Boilerplate::load("/nonexistent/boilerplate.tsv"),
                      Catch::StartsWith("/nonexistent/boilerplate.tsv: "));
}
