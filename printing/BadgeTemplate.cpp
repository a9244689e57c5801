#include "printing/BadgeTemplate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString &extraFolder()
{
    static QString folder = qEnvironmentVariable("ACCUEIL_TEMPLATES");
    return folder;
}

const QString builtIn = QStringLiteral(":/accueil/templates");

} // namespace

void BadgeTemplate::setExtraFolder(const QString &folder)
{
    extraFolder() = folder;
}

QStringList BadgeTemplate::available()
{
    QStringList names;
    for (const QString &dir : { extraFolder(), builtIn }) {
        if (dir.isEmpty())
            continue;
        for (const QString &file : QDir(dir).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
            const QString name = QFileInfo(file).completeBaseName();
            if (name != QLatin1String("categories") && !names.contains(name))
                names << name;
        }
    }
    return names;
}

QString BadgeTemplate::forCategory(const QString &name, const QString &categoryKey)
{
    if (categoryKey.isEmpty())
        return name;
    QString variant = name + QLatin1Char('.') + categoryKey;
    for (const QString &dir : { extraFolder(), builtIn }) {
        if (!dir.isEmpty() && QFileInfo::exists(dir + QLatin1Char('/') + variant + QStringLiteral(".json")))
            return variant;
    }
    return name;
}

std::optional<BadgeTemplate> BadgeTemplate::load(const QString &nameOrPath, QString *error)
{
    QString path;
    if (QFileInfo::exists(nameOrPath) && nameOrPath.endsWith(QLatin1String(".json"))) {
        path = nameOrPath;
    } else {
        for (const QString &dir : { extraFolder(), builtIn }) {
            if (!dir.isEmpty() && QFileInfo::exists(dir + QLatin1Char('/') + nameOrPath + QStringLiteral(".json"))) {
                path = dir + QLatin1Char('/') + nameOrPath + QStringLiteral(".json");
                break;
            }
        }
    }
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        *error = tr("There is no badge template \"%1\"; templates: %2.")
                     .arg(nameOrPath, available().join(QLatin1String(", ")));
        return std::nullopt;
    }
    auto t = fromJson(file.readAll(), error);
    if (!t) {
        *error = tr("The badge template %1 is not valid: %2").arg(path, *error);
        return std::nullopt;
    }
    t->folder = QFileInfo(path).absolutePath();
    if (t->name.isEmpty())
        t->name = QFileInfo(path).completeBaseName();
    return t;
}

std::optional<BadgeTemplate> BadgeTemplate::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return std::nullopt;
    }
    BadgeTemplate t;
    t.name = root.value(QStringLiteral("name")).toString();
    t.title = root.value(QStringLiteral("title")).toString(t.name);
    const QJsonObject page = root.value(QStringLiteral("page")).toObject();
    t.pageMm
        = QSizeF(page.value(QStringLiteral("width_mm")).toDouble(), page.value(QStringLiteral("height_mm")).toDouble());
    if (t.pageMm.width() <= 0 || t.pageMm.height() <= 0) {
        *error = tr("the page needs width_mm and height_mm");
        return std::nullopt;
    }
    t.monochrome = root.value(QStringLiteral("monochrome")).toBool();
    t.dpi = root.value(QStringLiteral("dpi")).toInt(300);
    if (root.contains(QStringLiteral("fonts"))) {
        t.fonts.clear();
        for (const QJsonValue &f : root.value(QStringLiteral("fonts")).toArray())
            t.fonts << f.toString();
    }
    const QJsonObject grid = root.value(QStringLiteral("grid")).toObject();
    t.columns = grid.value(QStringLiteral("columns")).toInt();
    t.rows = grid.value(QStringLiteral("rows")).toInt();
    t.cellTemplate = grid.value(QStringLiteral("template")).toString();
    t.cutMarks = grid.value(QStringLiteral("cut_marks")).toBool();
    if (!grid.isEmpty() && (t.columns <= 0 || t.rows <= 0 || t.cellTemplate.isEmpty())) {
        *error = tr("a grid needs columns, rows and template");
        return std::nullopt;
    }
    const QJsonArray elements = root.value(QStringLiteral("elements")).toArray();
    for (int i = 0; i < elements.size(); ++i) {
        const QJsonObject o = elements.at(i).toObject();
        Element e;
        const QString type = o.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("text"))
            e.type = Element::Type::Text;
        else if (type == QLatin1String("band"))
            e.type = Element::Type::Band;
        else if (type == QLatin1String("qr"))
            e.type = Element::Type::Qr;
        else if (type == QLatin1String("image"))
            e.type = Element::Type::Image;
        else {
            *error = tr("element %1 has an unknown type \"%2\"").arg(i + 1).arg(type);
            return std::nullopt;
        }
        e.field = o.value(QStringLiteral("field")).toString();
        e.x = o.value(QStringLiteral("x")).toDouble();
        e.y = o.value(QStringLiteral("y")).toDouble();
        e.w = o.value(QStringLiteral("w")).toDouble(o.value(QStringLiteral("size")).toDouble());
        e.h = o.value(QStringLiteral("h")).toDouble(o.value(QStringLiteral("size")).toDouble());
        if (e.type == Element::Type::Qr)
            e.w = e.h = o.value(QStringLiteral("size")).toDouble();
        e.size = o.value(QStringLiteral("size")).toDouble(10);
        e.minSize = o.value(QStringLiteral("min_size")).toDouble(e.size * 0.6);
        e.lines = std::clamp(o.value(QStringLiteral("lines")).toInt(1), 1, 3);
        e.bold = o.value(QStringLiteral("bold")).toBool();
        e.uppercase = o.value(QStringLiteral("uppercase")).toBool();
        const QString align = o.value(QStringLiteral("align")).toString(QStringLiteral("center"));
        e.align = align == QLatin1String("left") ? Qt::AlignLeading
            : align == QLatin1String("right")    ? Qt::AlignTrailing
                                                 : Qt::AlignHCenter;
        e.colour = o.value(QStringLiteral("colour")).toString();
        e.path = o.value(QStringLiteral("path")).toString();
        if (e.w <= 0 || e.h <= 0) {
            *error = tr("element %1 has no size").arg(i + 1);
            return std::nullopt;
        }
        t.elements << e;
    }
    return t;
}
