#include "annotationpanel.h"

#include "choicelist.h"
#include "choicelistmodel.h"
#include "entitypicker.h"
#include "entityspanedit.h"
#include "shortcutpriority.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

bool sameEntities(const QList<Entity> &a, const QList<Entity> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).sameAnnotation(b.at(i)))
            return false;
    }
    return true;
}

} // namespace

AnnotationPanel::AnnotationPanel(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_message(new EntitySpanEdit(this))
    , m_picker(new EntityPicker(this))
    , m_intents(new ChoiceList(this))
{
    setAccessibleName(tr("Message annotation"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_intents->setCreateText(tr("Create intent “%1” (Enter)"));
    m_intents->view()->setAccessibleName(tr("Intents"));
    m_intents->setMinimumWidth(260);
    // A digit only chooses the intent: entities can still be marked, before
    // or after, and Enter commits both.
    m_intents->setDigitsPick(false);

    auto *left = new QVBoxLayout;
    left->addWidget(m_header);
    left->addWidget(m_message);
    left->addWidget(m_picker);
    left->addWidget(createEntitySection(), 1);
    auto *main = new QHBoxLayout(this);
    main->addLayout(left, 3);
    main->addWidget(m_intents, 2);

    connect(m_intents, &ChoiceList::chosen, this, &AnnotationPanel::submit);
    connect(m_intents, &ChoiceList::currentChanged, this, &AnnotationPanel::updateHeader);
    connect(m_intents, &ChoiceList::createRequested, this, &AnnotationPanel::submit);
    connect(m_message, &EntitySpanEdit::markRequested, this, &AnnotationPanel::askToMark);
    connect(m_message, &EntitySpanEdit::editRequested, this, &AnnotationPanel::editEntity);
    connect(m_message, &EntitySpanEdit::removeRequested, this, &AnnotationPanel::removeEntity);
    connect(m_picker, &EntityPicker::accepted, this, &AnnotationPanel::onPickerAccepted);
    connect(m_picker, &EntityPicker::cancelled, this, [this] { m_message->setFocus(); });
    createShortcuts();
}

QWidget *AnnotationPanel::createEntitySection()
{
    auto *section = new QWidget(this);
    m_entityList = new QTreeWidget(section);
    m_entityList->setHeaderLabels(
        {tr("Entity"), tr("Value"), tr("Role"), tr("Group"), tr("Extractor")});
    m_entityList->setRootIsDecorated(false);
    m_entityList->setAccessibleName(tr("Entities"));
    m_entityList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_entityList->installEventFilter(this);
    connect(m_entityList, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { editEntity(m_entityList->indexOfTopLevelItem(item)); });

    m_markupRow = new QWidget(section);
    m_markup = new QLineEdit(m_markupRow);
    m_markup->setAccessibleName(tr("Message in Rasa markup"));
    auto *apply = new QPushButton(tr("Apply markup"), m_markupRow);
    auto *markupLayout = new QHBoxLayout(m_markupRow);
    markupLayout->setContentsMargins(0, 0, 0, 0);
    markupLayout->addWidget(new QLabel(tr("Markup:"), m_markupRow));
    markupLayout->addWidget(m_markup, 1);
    markupLayout->addWidget(apply);
    m_markupRow->hide();
    connect(m_markup, &QLineEdit::returnPressed, this, &AnnotationPanel::submitMarkup);
    connect(apply, &QPushButton::clicked, this, &AnnotationPanel::submitMarkup);

    auto *confirm = new QPushButton(tr("Confirm (Enter)"), section);
    confirm->setAccessibleName(tr("Confirm or apply the annotation"));
    connect(confirm, &QPushButton::clicked, this, [this] { submit(m_intents->currentName()); });
    m_markupButton = new QPushButton(tr("Edit as Rasa &markup (Ctrl+M)"), section);
    m_markupButton->setCheckable(true);
    connect(m_markupButton, &QPushButton::toggled, this, &AnnotationPanel::setMarkupMode);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(confirm);
    buttons->addWidget(m_markupButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_entityList, 1);
    layout->addWidget(m_markupRow);
    layout->addLayout(buttons);
    return section;
}

void AnnotationPanel::createShortcuts()
{
    auto *focusText = new QShortcut(QKeySequence(tr("Ctrl+E")), this);
    connect(focusText, &QShortcut::activated, this,
            [this] { m_message->setFocus(Qt::ShortcutFocusReason); });
    auto *markup = new QShortcut(QKeySequence(tr("Ctrl+M")), this);
    connect(markup, &QShortcut::activated, m_markupButton, &QPushButton::toggle);
    auto *intents = new QShortcut(QKeySequence(tr("Ctrl+I")), this);
    connect(intents, &QShortcut::activated, m_intents, &ChoiceList::focusFilter);
    // The intent filter is a line edit; on X11 it would take Ctrl+E (end of
    // line) and friends for itself.
    for (QShortcut *shortcut : {focusText, markup, intents}) {
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        ShortcutPriority::of(m_intents->filterEdit())->add(shortcut);
    }
}

void AnnotationPanel::setEntityDefinitions(const QList<EntityDefinition> &definitions)
{
    m_picker->setDefinitions(definitions);
}

void AnnotationPanel::ask(const NluQuestion &question)
{
    m_question = question;
    m_entities = question.entities;
    m_pendingSpan.reset();
    m_editedEntity = -1;
    QList<Choice> choices;
    for (const IntentScore &score : question.ranking)
        choices.append(Choice{score.name, score.confidence, {}});
    m_intents->setChoices(choices, question.intent);
    m_message->setMessage(question.text, m_entities);
    m_markup->setText(question.annotatedText);
    m_markupButton->setChecked(false);
    m_picker->hide();
    refreshEntities();
    focusDefault();
}

void AnnotationPanel::focusDefault()
{
    m_intents->focusFilter();
}

bool AnnotationPanel::entitiesChanged() const
{
    return !sameEntities(m_entities, m_question.entities);
}

void AnnotationPanel::updateHeader()
{
    QString text = u"<b>%1</b>"_s.arg(m_question.questionText().toHtmlEscaped());
    const QString intent = m_intents->currentName();
    const bool intentChanged = !intent.isEmpty() && intent != m_question.intent;
    if (intentChanged && entitiesChanged())
        text += tr("<br><i>Intent “%1” and entities changed: Enter applies the correction.</i>")
                    .arg(intent.toHtmlEscaped());
    else if (intentChanged)
        text += tr("<br><i>Intent changed to “%1”: Enter applies the correction.</i>")
                    .arg(intent.toHtmlEscaped());
    else if (entitiesChanged())
        text += tr("<br><i>Entities changed: Enter applies the correction.</i>");
    text += tr("<br><small>In any order: type or 1–9 to choose the intent · Ctrl+E, then "
               "Shift+arrows and E (or drag the mouse) to mark an entity, Enter or Esc in "
               "its form · Delete removes one. Then Enter commits intent and entities · "
               "Ctrl+M: Rasa markup</small>");
    m_header->setText(text);
}

void AnnotationPanel::refreshEntities()
{
    m_message->setEntities(m_entities);
    m_entityList->clear();
    for (const Entity &entity : std::as_const(m_entities)) {
        auto *item = new QTreeWidgetItem(
            m_entityList,
            {entity.type(), entity.valueText(), entity.role(), entity.group(), entity.extractor()});
        item->setToolTip(1, entity.valueText());
    }
    updateHeader();
}

void AnnotationPanel::askToMark(int start, int end)
{
    m_pendingSpan = std::make_pair(start, end);
    m_editedEntity = -1;
    const QString text = m_question.text;
    const int from = EntitySpanEdit::toUtf16(text, start);
    m_picker->ask(text.mid(from, EntitySpanEdit::toUtf16(text, end) - from));
}

void AnnotationPanel::editEntity(int index)
{
    if (index < 0 || index >= m_entities.size())
        return;
    const Entity &entity = m_entities.at(index);
    m_pendingSpan.reset();
    m_editedEntity = index;
    m_picker->ask(entity.valueText(), entity.type(), entity.role(), entity.group());
}

void AnnotationPanel::onPickerAccepted(const QString &type, const QString &role,
                                       const QString &group)
{
    if (m_editedEntity >= 0 && m_editedEntity < m_entities.size()) {
        Entity &entity = m_entities[m_editedEntity];
        entity.setType(type);
        entity.setRole(role);
        entity.setGroup(group);
        refreshEntities();
    } else if (m_pendingSpan) {
        markEntity(m_pendingSpan->first, m_pendingSpan->second, type, role, group);
    }
    m_pendingSpan.reset();
    m_editedEntity = -1;
    focusDefault();
}

void AnnotationPanel::markEntity(int start, int end, const QString &type, const QString &role,
                                 const QString &group)
{
    // A new span replaces every entity it overlaps (one label per word).
    m_entities.removeIf(
        [&](const Entity &e) { return e.hasSpan() && *e.start() < end && start < *e.end(); });
    const QString text = m_question.text;
    const int from = EntitySpanEdit::toUtf16(text, start);
    const QString covered = text.mid(from, EntitySpanEdit::toUtf16(text, end) - from);
    const auto at = std::find_if(m_entities.begin(), m_entities.end(), [&](const Entity &e) {
        return e.hasSpan() && *e.start() > start;
    });
    m_entities.insert(at, Entity::onSpan(type, covered, start, end, role, group));
    refreshEntities();
}

void AnnotationPanel::removeEntity(int index)
{
    if (index < 0 || index >= m_entities.size())
        return;
    m_entities.removeAt(index);
    refreshEntities();
}

void AnnotationPanel::setMarkupMode(bool on)
{
    if (m_markupButton->isChecked() != on)
        m_markupButton->setChecked(on);
    m_markupRow->setVisible(on);
    if (on)
        m_markup->setFocus(Qt::ShortcutFocusReason);
    else
        focusDefault();
}

bool AnnotationPanel::isMarkupMode() const
{
    return m_markupRow->isVisible() || m_markupButton->isChecked();
}

void AnnotationPanel::submit(const QString &intent)
{
    if (intent.isEmpty())
        return;
    if (intent == m_question.intent && m_question.intentKnown && !entitiesChanged())
        Q_EMIT confirmed();
    else
        Q_EMIT corrected(intent, m_entities);
}

void AnnotationPanel::submitMarkup()
{
    const QString intent = m_intents->currentName();
    Q_EMIT correctedFromMarkup(m_markup->text(), intent == m_question.intent ? QString() : intent);
}

void AnnotationPanel::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_picker->isVisible()) {
        submit(m_intents->currentName());
        return;
    }
    QWidget::keyPressEvent(event);
}

bool AnnotationPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_entityList && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            removeEntity(m_entityList->indexOfTopLevelItem(m_entityList->currentItem()));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Coach
