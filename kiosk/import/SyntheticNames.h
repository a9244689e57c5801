#pragma once

#include <QStringList>
#include <QVector>

// The word lists synthetic attendee lists are drawn from. Foreign names are
// "native|transliteration" pairs ("健|Ken"); a name without "|" is written the
// same in both.
namespace SyntheticNames {

struct Delegation {
    const char *country; // in French, as the registration platform writes it
    const char *language; // ISO 639-1
    QStringList firstNames;
    QStringList lastNames;
    QStringList organisations; // local governments of the country
};

// French first names, last names (without particles) and their particles.
const QStringList &frenchFirstNames();
const QStringList &frenchLastNames();
const QStringList &frenchParticles();

// French communes, départements (with their article: "du Finistère"),
// régions, and the local government bodies made of them.
const QStringList &communes();
const QStringList &departements();
const QStringList &regions();
const QStringList &frenchBodies();

// The 25 foreign delegations.
const QVector<Delegation> &delegations();

const QStringList &categories();
const QStringList &roles();

} // namespace SyntheticNames
