// A tiny hand-written treebank (sentences written for these tests) shared by the analysis tests.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "analysis/conllu.h"

namespace trame::testing {

inline const char* tiny_treebank_text() {
    return "# sent_id = t1\n"
           "# text = Le chat mange une pomme.\n"
           "1\tLe\tle\tDET\t_\tDefinite=Def|Gender=Masc|Number=Sing|PronType=Art\t2\tdet\t_\t_\n"
           "2\tchat\tchat\tNOUN\t_\tGender=Masc|Number=Sing\t3\tnsubj\t_\t_\n"
           "3\tmange\tmanger\tVERB\t_\tMood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin\t0\troot\t_\t_\n"
           "4\tune\tun\tDET\t_\tDefinite=Ind|Gender=Fem|Number=Sing|PronType=Art\t5\tdet\t_\t_\n"
           "5\tpomme\tpomme\tNOUN\t_\tGender=Fem|Number=Sing\t3\tobj\t_\tSpaceAfter=No\n"
           "6\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_\n"
           "\n"
           "# sent_id = t2\n"
           "# text = Les enfants lisent des livres au jardin.\n"
           "1\tLes\tle\tDET\t_\tDefinite=Def|Number=Plur|PronType=Art\t2\tdet\t_\t_\n"
           "2\tenfants\tenfant\tNOUN\t_\tGender=Masc|Number=Plur\t3\tnsubj\t_\t_\n"
           "3\tlisent\tlire\tVERB\t_\tMood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin\t0\troot\t_\t_\n"
           "4\tdes\tun\tDET\t_\tDefinite=Ind|Number=Plur|PronType=Art\t5\tdet\t_\t_\n"
           "5\tlivres\tlivre\tNOUN\t_\tGender=Masc|Number=Plur\t3\tobj\t_\t_\n"
           "6-7\tau\t_\t_\t_\t_\t_\t_\t_\t_\n"
           "6\tà\tà\tADP\t_\t_\t8\tcase\t_\t_\n"
           "7\tle\tle\tDET\t_\tDefinite=Def|Gender=Masc|Number=Sing|PronType=Art\t8\tdet\t_\t_\n"
           "8\tjardin\tjardin\tNOUN\t_\tGender=Masc|Number=Sing\t3\tobl:mod\t_\tSpaceAfter=No\n"
           "9\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_\n"
           "\n"
           "# sent_id = t3\n"
           "# text = Marie dort.\n"
           "1\tMarie\tMarie\tPROPN\t_\t_\t2\tnsubj\t_\t_\n"
           "2\tdort\tdormir\tVERB\t_\tMood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin\t0\troot\t_\tSpaceAfter=No\n"
           "3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n"
           "\n";
}

inline std::vector<ud::Sentence> tiny_treebank() {
    std::istringstream in(tiny_treebank_text());
    return ud::read_conllu(in, "tiny.conllu");
}

/// A copy with only the FORMs kept (what the tagger and parser get).
inline ud::Sentence blank_copy(const ud::Sentence& s) {
    ud::Sentence out = s;
    for (ud::Word& w : out.words) {
        w.lemma = w.upos = w.feats = w.deprel = "_";
        w.head = -2;
    }
    return out;
}

}  // namespace trame::testing
