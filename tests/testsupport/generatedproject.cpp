#include "generatedproject.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Coach::TestSupport {

namespace {

constexpr int Intents = 40;
constexpr int Actions = 60;

const char *const Domain = R"(version: "3.1"
intents:
%INTENTS%
entities:
  - city: {roles: [from, to]}
  - size
slots:
  flag: {type: bool, mappings: [{type: custom}]}
  color: {type: categorical, values: [red, green, blue], mappings: [{type: custom}]}
  amount: {type: float, max_value: 100, mappings: [{type: custom}]}
  city: {type: text, mappings: [{type: from_entity, entity: city}]}
  people: {type: text, influence_conversation: false, mappings: [{type: from_text, conditions: [{active_loop: booking_form}]}]}
forms:
  booking_form: {required_slots: [people]}
responses:
%RESPONSES%
)";

QString intentStep(QRandomGenerator &random)
{
    const int intent = int(random.bounded(Intents));
    QString step = u"  - intent: intent_%1\n"_s.arg(intent);
    switch (random.bounded(6)) {
    case 0:
        step += u"    entities:\n    - city: Berlin\n      role: %1\n"_s.arg(
            random.bounded(2) ? u"from"_s : u"to"_s);
        break;
    case 1:
        step += u"    entities:\n    - size: big\n"_s;
        break;
    default:
        break;
    }
    return step;
}

QString actionSteps(QRandomGenerator &random)
{
    QString steps;
    switch (random.bounded(12)) {
    case 0:
        steps += u"  - slot_was_set:\n    - flag: %1\n"_s.arg(random.bounded(2) ? u"true"_s
                                                                                : u"false"_s);
        break;
    case 1:
        steps += u"  - slot_was_set:\n    - color: %1\n"_s.arg(
            QStringList{u"red"_s, u"green"_s, u"pink"_s}.at(int(random.bounded(3))));
        break;
    case 2:
        steps += u"  - slot_was_set:\n    - amount: %1\n"_s.arg(random.bounded(150));
        break;
    case 3:
        steps +=
            u"  - action: booking_form\n  - active_loop: booking_form\n  - active_loop: null\n"_s;
        break;
    default:
        break;
    }
    for (int i = 0, n = 1 + int(random.bounded(2)); i < n; ++i)
        steps += u"  - action: utter_%1\n"_s.arg(random.bounded(Actions));
    return steps;
}

//! One story: 3 to 7 turns; every 50th ends in a checkpoint that the next
//! one continues from, every 40th has an OR step.
QString story(int index, QRandomGenerator &random)
{
    QString text = u"- story: story %1\n  steps:\n"_s.arg(index);
    if (index % 50 == 1)
        text += u"  - checkpoint: cp_%1\n"_s.arg(index - 1);
    const int turns = 3 + int(random.bounded(5));
    for (int turn = 0; turn < turns; ++turn) {
        if (index % 40 == 7 && turn == 1)
            text += u"  - or:\n    - intent: intent_1\n    - intent: intent_2\n"_s;
        else
            text += intentStep(random);
        text += actionSteps(random);
    }
    if (index % 50 == 0)
        text += u"  - checkpoint: cp_%1\n"_s.arg(index);
    return text;
}

bool writeFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

} // namespace

bool writeGeneratedProject(const QString &folder, int stories)
{
    QString intents, responses;
    for (int i = 0; i < Intents; ++i)
        intents += u"  - intent_%1\n"_s.arg(i);
    for (int i = 0; i < Actions; ++i)
        responses += u"  utter_%1: [{text: \"answer %1\"}]\n"_s.arg(i);
    QString domain = QString::fromLatin1(Domain);
    domain.replace(u"%INTENTS%\n"_s, intents).replace(u"%RESPONSES%\n"_s, responses);
    QRandomGenerator random(17);
    QString text = u"version: \"3.1\"\nstories:\n"_s;
    for (int i = 0; i < stories; ++i)
        text += story(i, random);
    return writeFile(folder + u"/domain.yml"_s, domain)
        && writeFile(folder + u"/data/stories.yml"_s, text)
        && writeFile(
               folder + u"/config.yml"_s,
               u"language: en\npolicies:\n- name: MemoizationPolicy\n  max_history: 5\n- name: RulePolicy\n"_s);
}

} // namespace Coach::TestSupport
