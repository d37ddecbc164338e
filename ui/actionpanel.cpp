#include "actionpanel.h"

#include "choicelist.h"
#include "choicelistmodel.h"
#include "newactiondialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coach {

ActionPanel::ActionPanel(QWidget *parent)
    : QWidget(parent), m_header(new QLabel(this)), m_choices(new ChoiceList(this))
{
    setAccessibleName(tr("Next action"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_choices->setCreateText(tr("Create action “%1” (Enter)"));
    m_choices->view()->setAccessibleName(tr("Actions"));

    auto *run = new QPushButton(tr("Run it (Enter)"), this);
    run->setAccessibleName(tr("Run the selected action"));
    auto *newAction = new QPushButton(tr("New &action…"), this);
    auto *newResponse = new QPushButton(tr("New &response…"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(run);
    buttons->addWidget(newAction);
    buttons->addWidget(newResponse);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_choices, 1);
    layout->addLayout(buttons);

    connect(run, &QPushButton::clicked, this, [this] { pick(m_choices->currentName()); });
    connect(newAction, &QPushButton::clicked, this, [this] { requestNewAction(); });
    connect(newResponse, &QPushButton::clicked, this, [this] { requestNewResponse(); });
    connect(m_choices, &ChoiceList::chosen, this, &ActionPanel::pick);
    connect(m_choices, &ChoiceList::createRequested, this, [this](const QString &name) {
        if (name.startsWith(u"utter_"_s))
            requestNewResponse(name);
        else
            requestNewAction(name);
    });
}

void ActionPanel::setKnownNames(const QStringList &names)
{
    m_knownNames = names;
}

void ActionPanel::ask(const ActionQuestion &question)
{
    m_question = question;
    QList<Choice> choices;
    for (const QString &name : question.sessionCreatedActions)
        choices.append(Choice{name, std::nullopt, tr("created in this session")});
    for (const ActionChoice &choice : question.predictions) {
        if (!choice.sessionCreated)
            choices.append(Choice{choice.name, choice.score, {}});
    }
    m_choices->setChoices(choices, question.action);
    updateHeader();
    focusDefault();
}

void ActionPanel::focusDefault()
{
    m_choices->focusFilter();
}

void ActionPanel::updateHeader()
{
    const QString confidence =
        m_question.confidence ? QString::number(*m_question.confidence, 'f', 2) : tr("no score");
    const QString policy = m_question.policy.isEmpty() ? tr("no policy") : m_question.policy;
    QString text = u"<b>%1</b> "_s.arg(m_question.questionText().toHtmlEscaped());
    text += tr("(%1, %2)").arg(policy.toHtmlEscaped(), confidence);
    text += tr("<br><small>Enter: yes · 1–9 or type and Enter: another action · Alt+A: new "
               "action · Alt+R: new response</small>");
    m_header->setText(text);
}

void ActionPanel::pick(const QString &name)
{
    if (name.isEmpty())
        return;
    if (name == m_question.action)
        Q_EMIT confirmed();
    else
        Q_EMIT chosen(name);
}

void ActionPanel::requestNewAction(const QString &name)
{
    openNewDialog(static_cast<int>(NewActionDialog::Kind::Action), name);
}

void ActionPanel::requestNewResponse(const QString &name)
{
    openNewDialog(static_cast<int>(NewActionDialog::Kind::Response), name);
}

void ActionPanel::openNewDialog(int kind, const QString &name)
{
    if (m_dialog)
        return;
    QStringList known = m_knownNames;
    for (const ActionChoice &choice : std::as_const(m_question.predictions))
        known.append(choice.name);
    known.append(m_question.sessionCreatedActions);
    m_dialog = new NewActionDialog(static_cast<NewActionDialog::Kind>(kind), known, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!name.isEmpty())
        m_dialog->setName(name);
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog] {
        if (dialog->isResponse())
            Q_EMIT responseCreated(dialog->name(), dialog->responseText());
        else
            Q_EMIT actionCreated(dialog->name());
    });
    connect(m_dialog, &QDialog::finished, this, [this] {
        m_dialog = nullptr;
        focusDefault();
    });
    m_dialog->open();
}

} // namespace Coach
