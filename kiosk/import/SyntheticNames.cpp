#include "kiosk/import/SyntheticNames.h"

namespace {

QStringList words(const char *text)
{
    // Entries separated by ';' (names hold spaces, hyphens and apostrophes).
    return QString::fromUtf8(text).split(QLatin1Char(';'), Qt::SkipEmptyParts);
}

} // namespace

namespace SyntheticNames {

const QStringList &frenchFirstNames()
{
    static const QStringList all = words(
        "Marie;Jean;Anne-Sophie;François;Hélène;Jérôme;Zoé;Loïc;Cécile;Gaël;Éloïse;Benoît;Marie-Thérèse;Noël;Inès;"
        "Maëlle;Théo;Clémence;Stéphane;Aurélie;Joël;Béatrice;Hervé;Léa;Grégoire;Françoise;Rémi;Agnès;Timothée;Solène;"
        "Nathalie;Isabelle;Sylvie;Catherine;Martine;Christine;Valérie;Sandrine;Véronique;Florence;Laurence;Sophie;"
        "Émilie;Céline;Julie;Camille;Manon;Chloé;Emma;Louise;Jade;Alice;Lina;Rose;Anna;Ambre;Juliette;Margaux;Élodie;"
        "Geneviève;Odile;Bernadette;Colette;Josiane;Ghislaine;Mathilde;Pauline;Capucine;Apolline;Héloïse;Bérénice;"
        "Philippe;Michel;Alain;Patrick;Nicolas;Christophe;Pierre;Thierry;Éric;Laurent;Frédéric;Olivier;Pascal;"
        "David;Julien;Sébastien;Guillaume;Antoine;Thomas;Maxime;Alexandre;Lucas;Hugo;Louis;Gabriel;Arthur;Raphaël;"
        "Jules;Adam;Mathis;Nathan;Ethan;Noé;Yannick;Gwenaël;Erwan;Ronan;Killian;Mickaël;Cédric;Fabrice;Régis;"
        "Gérard;Bernard;Jacques;Daniel;Claude;Serge;Yves;André;Henri;Marcel;Étienne;Baptiste;Aurélien;Anthony;"
        "Jean-Pierre;Jean-Marc;Jean-Luc;Jean-François;Jean-Baptiste;Pierre-Yves;Marie-Claire;Marie-Hélène;"
        "Anne-Laure;Anne-Marie;Marie-Christine;Paul-Henri;Louis-Marie;Sidonie;Anaïs;Yasmine;Karima;Sofiane;Rachid;"
        "Mehdi;Samir;Nadia;Fatoumata;Moussa;Kévin;Dylan;Océane;Maëva;Tiphaine;Soizic;Enora;Morgane;Gwendoline;"
        "Léon;Lucien;Félix;Victor;Oscar;Achille;Côme;Séverine;Ségolène;Aude;Blandine;Claire;Danièle;Édith;Fanny;"
        "Jean-Claude;Jean-Michel;Jean-Louis;Jean-Paul;Jean-Yves;Jean-Jacques;Jean-Noël;Jean-Christophe;Jean-Charles;"
        "Marie-Laure;Marie-France;Marie-Pierre;Marie-José;Marie-Agnès;Marie-Noëlle;Marie-Odile;Anne-Claire;Anne-Cécile;"
        "Pierre-Alexandre;Pierre-Louis;Paul-Émile;Louis-Philippe;François-Xavier;Charles-Henri;Marc-Antoine;Lou-Anne");
    return all;
}

const QStringList &frenchLastNames()
{
    static const QStringList all = words(
        "Martin;Bernard;Thomas;Petit;Robert;Richard;Durand;Dubois;Moreau;Laurent;Simon;Michel;Lefèvre;Leroy;Roux;"
        "David;Bertrand;Morel;Fournier;Girard;Bonnet;Dupont;Lambert;Fontaine;Rousseau;Vincent;Muller;Lefebvre;Faure;"
        "André;Mercier;Blanc;Guérin;Boyer;Garnier;Chevalier;François;Legrand;Gauthier;Garcia;Perrin;Robin;Clément;"
        "Morin;Nicolas;Henry;Roussel;Mathieu;Gautier;Masson;Marchand;Duval;Denis;Dumont;Marie;Lemaire;Noël;Meyer;"
        "Dufour;Meunier;Brun;Blanchard;Giraud;Joly;Rivière;Lucas;Brunet;Gaillard;Barbier;Arnaud;Martinez;Gérard;"
        "Roche;Renard;Schmitt;Roy;Leroux;Colin;Vidal;Caron;Picard;Roger;Fabre;Aubert;Lemoine;Renaud;Dumas;Lacroix;"
        "Olivier;Philippe;Bourgeois;Pierre;Benoît;Rey;Leclerc;Payet;Rolland;Leclercq;Guillaume;Lecomte;Lopez;Jean;"
        "Dupuis;Guillot;Hubert;Berger;Carpentier;Sanchez;Dupuy;Moulin;Louis;Deschamps;Huet;Vasseur;Perez;Boucher;"
        "Fleury;Royer;Klein;Jacquet;Adam;Paris;Poirier;Marty;Aubry;Guyot;Carré;Charles;Renault;Charpentier;Ménard;"
        "Maillard;Baron;Bertin;Bailly;Hervé;Schneider;Fernandez;Le Gall;Collet;Léger;Bouvier;Julien;Prévost;Millet;"
        "Perrot;Daniel;Le Roux;Cousin;Germain;Breton;Besson;Langlois;Rémy;Le Goff;Pelletier;Lévêque;Perrier;Leblanc;"
        "Barré;Lebrun;Marchal;Weber;Mallet;Hamon;Boulanger;Jacob;Monnier;Michaud;Rodriguez;Guichard;Gillet;Étienne;"
        "Grondin;Poulain;Tessier;Chevallier;Collin;Chauvin;Da Silva;Bouchet;Gay;Lemaître;Bénard;Maréchal;Humbert;"
        "Reynaud;Antoine;Hoarau;Perret;Barthélemy;Cordier;Pichon;Lejeune;Gilbert;Lamy;Delaunay;Pasquier;Carlier;"
        "Laporte;Kergoat;Le Bihan;Quéré;Tanguy;Le Floch;Goasdoué;Nguyen;Benhamou;Benali;Haddad;N'Diaye;Diallo;Traoré;"
        "Œuvray;Château;Bréhéret;Dupont-Aignan;Saint-Aubin;D'Aboville;Lefèvre-Dubois;Søndergaard;Łukaszewicz;Straßer;"
        "Müller;Østergaard;Côté;Gagnon;Bouchard;Tremblay;Pelletier;Fouché;Thibault;Péquignot;Vermeulen;Van den Berghe");
    return all;
}

const QStringList &frenchParticles()
{
    static const QStringList all = words("de;de La;du;d';de la;Le;La;des");
    return all;
}

const QStringList &communes()
{
    static const QStringList all = words(
        "Lyon;Marseille;Toulouse;Nice;Nantes;Montpellier;Strasbourg;Bordeaux;Lille;Rennes;Reims;Saint-Étienne;"
        "Le Havre;Toulon;Grenoble;Dijon;Angers;Nîmes;Villeurbanne;Clermont-Ferrand;Le Mans;Aix-en-Provence;Brest;"
        "Tours;Amiens;Limoges;Annecy;Perpignan;Boulogne-Billancourt;Metz;Besançon;Orléans;Saint-Denis;Argenteuil;"
        "Rouen;Mulhouse;Montreuil;Caen;Nancy;Saint-Paul;Roubaix;Tourcoing;Nanterre;Vitry-sur-Seine;Avignon;Créteil;"
        "Poitiers;Aubervilliers;Dunkerque;Aulnay-sous-Bois;Versailles;Asnières-sur-Seine;Colombes;Pau;Rueil-Malmaison;"
        "La Rochelle;Champigny-sur-Marne;Antibes;Saint-Maur-des-Fossés;Cannes;Calais;Béziers;Colmar;Bourges;Drancy;"
        "Mérignac;Ajaccio;Saint-Nazaire;Issy-les-Moulineaux;Noisy-le-Grand;Évry-Courcouronnes;Vénissieux;Cergy;"
        "Quimper;Valence;Bastia;Troyes;Antony;Lorient;Villeneuve-d'Ascq;Montauban;Sarcelles;Niort;Chambéry;"
        "Le "
        "Tampon;Saint-Quentin;Beauvais;Cholet;Vannes;Hyères;Fréjus;Arles;Clichy;Chelles;Ivry-sur-Seine;Épinay-sur-"
        "Seine;"
        "Saint-Malo;Laval;Châteauroux;Angoulême;Albi;Carcassonne;Blois;Saint-Brieuc;Bayonne;Château-Thierry;"
        "Chalon-sur-Saône;Évreux;Belfort;Charleville-Mézières;Tarbes;Alès;Auxerre;Montluçon;Périgueux;Agen;"
        "Mâcon;Épinal;Saint-Lô;Cahors;Rodez;Foix;Gap;Digne-les-Bains;Privas;Mende;Guéret;Aurillac;Tulle;Vesoul;"
        "Lons-le-Saunier;Bar-le-Duc;Chaumont;Alençon;Cognac;Figeac;Dole;Bourg-en-Bresse;Annonay;Sète;Lunel;"
        "Plougastel-Daoulas;Douarnenez;Concarneau;Morlaix;Paimpol;Lannion;Ploërmel;Fougères;Vitré;Redon;"
        "Saint-Jean-de-Luz;Oloron-Sainte-Marie;Mauléon-Licharre;Bagnères-de-Bigorre;L'Haÿ-les-Roses;Le Puy-en-Velay;"
        "Les Sables-d'Olonne;Île-d'Yeu;Pointe-à-Pitre;Fort-de-France;Cayenne;Mamoudzou;Nouméa;Papeete");
    return all;
}

const QStringList &departements()
{
    static const QStringList all = words(
        "de l'Ain;de l'Aisne;de l'Allier;des Alpes-de-Haute-Provence;des Hautes-Alpes;des Alpes-Maritimes;"
        "de l'Ardèche;des Ardennes;de l'Ariège;de l'Aube;de l'Aude;de l'Aveyron;des Bouches-du-Rhône;du Calvados;"
        "du Cantal;de la Charente;de la Charente-Maritime;du Cher;de la Corrèze;de la Côte-d'Or;des Côtes-d'Armor;"
        "de la Creuse;de la Dordogne;du Doubs;de la Drôme;de l'Eure;d'Eure-et-Loir;du Finistère;du Gard;"
        "de la Haute-Garonne;du Gers;de la Gironde;de l'Hérault;d'Ille-et-Vilaine;de l'Indre;d'Indre-et-Loire;"
        "de l'Isère;du Jura;des Landes;de Loir-et-Cher;de la Loire;de la Haute-Loire;de la Loire-Atlantique;"
        "du Loiret;du Lot;de Lot-et-Garonne;de la Lozère;de Maine-et-Loire;de la Manche;de la Marne;de la Mayenne;"
        "de Meurthe-et-Moselle;de la Meuse;du Morbihan;de la Moselle;de la Nièvre;du Nord;de l'Oise;de l'Orne;"
        "du Pas-de-Calais;du Puy-de-Dôme;des Pyrénées-Atlantiques;des Hautes-Pyrénées;des Pyrénées-Orientales;"
        "du Bas-Rhin;du Haut-Rhin;du Rhône;de la Haute-Saône;de Saône-et-Loire;de la Sarthe;de la Savoie;"
        "de la Haute-Savoie;de la Seine-Maritime;de Seine-et-Marne;des Yvelines;des Deux-Sèvres;de la Somme;du Tarn;"
        "de Tarn-et-Garonne;du Var;du Vaucluse;de la Vendée;de la Vienne;de la Haute-Vienne;des Vosges;de l'Yonne;"
        "du Territoire de Belfort;de l'Essonne;des Hauts-de-Seine;de la Seine-Saint-Denis;du Val-de-Marne;"
        "du Val-d'Oise;de la Guadeloupe;de La Réunion;de Mayotte");
    return all;
}

const QStringList &regions()
{
    static const QStringList all
        = words("Auvergne-Rhône-Alpes;Bourgogne-Franche-Comté;Bretagne;Centre-Val de Loire;Grand Est;Hauts-de-France;"
                "Île-de-France;Normandie;Nouvelle-Aquitaine;Occitanie;Pays de la Loire;Provence-Alpes-Côte d'Azur;"
                "Guadeloupe;Réunion");
    return all;
}

const QStringList &frenchBodies()
{
    static const QStringList all = words(
        "Cités Unies France;Agence française de développement;Ministère de l'Europe et des Affaires étrangères;"
        "Association des maires de France;Régions de France;Départements de France;France urbaine;"
        "Délégation pour l'action extérieure des collectivités territoriales;Commission nationale de la coopération "
        "décentralisée;"
        "Collectivité de Corse;Collectivité européenne d'Alsace;Métropole de Lyon;Métropole du Grand Paris;"
        "Eurométropole de Strasbourg;Métropole européenne de Lille;Métropole Aix-Marseille-Provence;"
        "Bordeaux Métropole;Toulouse Métropole;Nantes Métropole;Rennes Métropole;Brest Métropole;Grenoble-Alpes "
        "Métropole;"
        "Montpellier Méditerranée Métropole;Nice Côte d'Azur;Rouen Normandie;Dijon Métropole;Orléans Métropole;"
        "Communauté d'agglomération du Pays Basque;Communauté urbaine de Dunkerque;Syndicat mixte du Pays de Morlaix");
    return all;
}

const QVector<Delegation> &delegations()
{
    static const QVector<Delegation> all = {
        { "Japon", "ja",
            words("さくら|Sakura;健|Ken;花子|Hanako;太郎|Tarō;美咲|Misaki;翔太|Shōta;陽菜|Hina;大輔|Daisuke;由美|Yumi;"
                  "直樹|Naoki;恵子|Keiko;浩|Hiroshi"),
            words("山田|Yamada;佐藤|Satō;鈴木|Suzuki;高橋|Takahashi;田中|Tanaka;伊藤|Itō;渡辺|Watanabe;中村|Nakamura;"
                  "小林|Kobayashi;加藤|Katō;吉田|Yoshida;松本|Matsumoto"),
            words("静岡県|Préfecture de Shizuoka;京都市|Ville de Kyoto;横浜市|Ville de Yokohama;新潟県|Préfecture de "
                  "Niigata;"
                  "長野県|Préfecture de Nagano;金沢市|Ville de Kanazawa") },
        { "Chine", "zh", words("伟|Wei;芳|Fang;娜|Na;敏|Min;静|Jing;磊|Lei;洋|Yang;婷|Ting;晓明|Xiaoming;丽华|Lihua"),
            words("王|Wang;李|Li;张|Zhang;刘|Liu;陈|Chen;杨|Yang;黄|Huang;赵|Zhao;周|Zhou;吴|Wu"),
            words(
                "武汉市|Ville de Wuhan;成都市|Ville de Chengdu;四川省|Province du Sichuan;湖北省|Province du Hubei") },
        { "Corée du Sud", "ko", words("민준|Min-jun;서연|Seo-yeon;지훈|Ji-hoon;지민|Ji-min;현우|Hyun-woo;수빈|Su-bin"),
            words("김|Kim;이|Lee;박|Park;최|Choi;정|Jung;강|Kang"),
            words("부산광역시|Ville de Busan;전라북도|Province du Jeolla du Nord;대전광역시|Ville de Daejeon") },
        { "Viêt Nam", "vi",
            words("Minh Khai;Thị Hương;Văn Đức;Ngọc Ánh;Quốc Bảo;Thu Trang;Hoàng Long;Phương Linh;Đức Anh"),
            words("Nguyễn;Trần;Lê;Phạm;Hoàng;Đặng;Vũ;Bùi;Đỗ;Hồ;Ngô"),
            words("Ủy ban nhân dân Hà Nội|Comité populaire de Hanoï;Tỉnh Thừa Thiên Huế|Province de Thừa Thiên Huế;"
                  "Thành phố Hồ Chí Minh|Hô-Chi-Minh-Ville;Thành phố Đà Nẵng|Ville de Đà Nẵng") },
        { "Cambodge", "km", words("សុភា|Sophea;ដារា|Dara;ចាន់ថា|Chantha;វិបុល|Vibol;សុខា|Sokha"),
            words("សុខ|Sok;ជា|Chea;ហេង|Heng;គឹម|Kim;លី|Ly"),
            words("ក្រុងសៀមរាប|Ville de Siem Reap;ខេត្តបាត់ដំបង|Province de Battambang") },
        { "Inde", "hi", words("प्रिया|Priya;राहुल|Rahul;अनीता|Anita;अर्जुन|Arjun;सुनीता|Sunita;विक्रम|Vikram"),
            words("शर्मा|Sharma;वर्मा|Verma;पटेल|Patel;सिंह|Singh;गुप्ता|Gupta"),
            words("पुणे नगर निगम|Municipalité de Pune;Pondichéry;Kerala State Planning Board") },
        { "Maroc", "ar",
            words(
                "أمينة|Amina;محمد|Mohammed;فاطمة|Fatima;يوسف|Youssef;مهدي|Mehdi;خديجة|Khadija;Fatima-Zahra;حسن|Hassan"),
            words("بن علي|Ben Ali;العلوي|Alaoui;الإدريسي|El Idrissi;Aït Ouarab;بنكيران|Benkirane;الفاسي|El Fassi;Tazi"),
            words("جماعة الرباط|Commune de Rabat;جهة سوس ماسة|Région Souss-Massa;مجلس جهة طنجة|Conseil régional de "
                  "Tanger;"
                  "Commune de Chefchaouen;جماعة فاس|Commune de Fès") },
        { "Tunisie", "ar", words("ليلى|Leïla;سامي|Sami;نور|Nour;كريم|Karim;هند|Hind;منير|Mounir"),
            words("بن صالح|Ben Salah;الطرابلسي|Trabelsi;الجزيري|Jaziri;بوعزيزي|Bouazizi;Chebbi"),
            words("بلدية تونس|Municipalité de Tunis;بلدية صفاقس|Municipalité de Sfax;Fédération nationale des communes "
                  "tunisiennes") },
        { "Algérie", "ar", words("أمين|Amine;سارة|Sarah;رياض|Riad;ياسمينة|Yasmina;Lounès;Kahina"),
            words("بن عمر|Benamar;بوتفليقة|Bouteflika;Aït Ahmed;Meziane;حداد|Haddad"),
            words("ولاية وهران|Wilaya d'Oran;ولاية تيزي وزو|Wilaya de Tizi Ouzou;Commune de Béjaïa") },
        { "Liban", "ar", words("رامي|Rami;ريم|Rim;جورج|Georges;مايا|Maya;إيلي|Élie"),
            words("خوري|Khoury;حداد|Haddad;سعادة|Saadé;نصر الله|Nasrallah;Frangié"),
            words("بلدية بيروت|Municipalité de Beyrouth;اتحاد بلديات جبيل|Union des municipalités de Byblos") },
        { "Palestine", "ar", words("رامي|Rami;لينا|Lina;عمر|Omar;ياسمين|Yasmine;خالد|Khaled"),
            words("خليل|Khalil;حداد|Haddad;عودة|Odeh;الشريف|Al-Sharif"),
            words("بلدية بيت لحم|Municipalité de Bethléem;بلدية نابلس|Municipalité de Naplouse;بلدية "
                  "الخليل|Municipalité d'Hébron") },
        { "Sénégal", "fr", words("Aminata;Mamadou;Fatou;Ousmane;Aïssatou;Cheikh;Awa;Ibrahima;Khady;Modou"),
            words("N'Diaye;Diop;Sow;Fall;Ba;M'Baye;Sarr;Gueye;Faye;Cissé"),
            words("Ville de Dakar;Commune de Saint-Louis;Département de Ziguinchor;Ville de Thiès;Commune de Podor") },
        { "Mali", "fr", words("Boubacar;Mariam;Seydou;Kadiatou;Moussa;Oumou"),
            words("Keïta;Traoré;Coulibaly;Diarra;Touré;Konaté"),
            words("District de Bamako;Commune de Ségou;Conseil régional de Kayes") },
        { "Burkina Faso", "fr", words("Wendpouiré;Salif;Rasmata;Issouf;Aminata;Boukary"),
            words("Ouédraogo;Sawadogo;Compaoré;Zongo;Kaboré;Ilboudo"),
            words("Commune de Ouagadougou;Commune de Bobo-Dioulasso;Région du Centre-Nord") },
        { "Madagascar", "mg", words("Hery;Voahangy;Rivo;Lalao;Andry;Fanja"),
            words("Rakotomalala;Randriamampionona;Rasoanaivo;Andrianarisoa;Razafindrakoto"),
            words("Commune urbaine d'Antananarivo;Région Haute Matsiatra;Commune de Mahajanga") },
        { "Haïti", "fr", words("Jean-Robert;Marie-Carmel;Wilner;Guerline;Frantz;Nadège"),
            words("Pierre-Louis;Jean-Baptiste;Desrosiers;Saint-Fleur;Étienne;Augustin"),
            words("Mairie de Jacmel;Mairie du Cap-Haïtien;Mairie de Port-au-Prince") },
        { "Canada (Québec)", "fr",
            words("Mélanie;Sébastien;Geneviève;Mathieu;Catherine;Étienne;Marie-Ève;Jean-Philippe"),
            words("Tremblay;Gagnon;Roy;Côté;Bouchard;Gauthier;Lavoie;Bélanger"),
            words("Ville de Québec;Ville de Montréal;Ville de Sherbrooke;Ville de Trois-Rivières") },
        { "Mexique", "es", words("José;María José;Ángel;Lucía;Sofía;Iñigo;Begoña;Rodrigo;Ximena;Guadalupe"),
            words("García Márquez;Núñez;Peña;de la Cruz;Ibáñez;Muñoz;Hernández;López Obrador;Sánchez;Ramírez"),
            words("Ciudad de México;Gobierno de Jalisco;Municipio de Oaxaca de Juárez;Gobierno del Estado de Puebla") },
        { "Chili", "es", words("Matías;Valentina;Joaquín;Camila;Benjamín;Francisca"),
            words("Fernández;Saavedra;Araya;Muñoz;González;Contreras"),
            words("Municipalidad de Valparaíso;Gobierno Regional de Los Lagos;Ilustre Municipalidad de Concepción") },
        { "Brésil", "pt", words("João;Conceição;Luís;Ana Luíza;Thiago;Fernanda;Gonçalo;Letícia"),
            words("Silva;Gonçalves;Araújo;Conceição;Magalhães;Brandão;Assunção;Fernandes"),
            words("Prefeitura de Belo Horizonte;Governo do Estado da Bahia;Prefeitura de São Paulo;Prefeitura de "
                  "Niterói") },
        { "Ukraine", "uk",
            words("Олена|Olena;Андрій|Andriy;Оксана|Oksana;Тарас|Taras;Наталія|Nataliia;Юрій|Yuriy;Ірина|Iryna"),
            words("Шевченко|Shevchenko;Коваленко|Kovalenko;Бондаренко|Bondarenko;Ткаченко|Tkachenko;Мельник|Melnyk;"
                  "Кравчук|Kravchuk"),
            words("Київська міська рада|Conseil municipal de Kyiv;Львівська міська рада|Conseil municipal de Lviv;"
                  "Одеська обласна рада|Conseil régional d'Odessa;Місто Чернігів|Ville de Tchernihiv") },
        { "Arménie", "hy", words("Անի|Ani;Արամ|Aram;Նարինե|Narine;Տիգրան|Tigran;Լիլիթ|Lilit"),
            words("Պետրոսյան|Petrosyan;Հովհաննիսյան|Hovhannisyan;Սարգսյան|Sargsyan;Գրիգորյան|Grigoryan"),
            words("Երևանի քաղաքապետարան|Mairie d'Erevan;Գյումրի|Ville de Gyumri;Marz de Syunik") },
        { "Géorgie", "ka", words("ნინო|Nino;გიორგი|Giorgi;თამარ|Tamar;დავით|Davit;ეკა|Eka"),
            words("ბერიძე|Beridze;კაპანაძე|Kapanadze;გელაშვილი|Gelashvili;ლომიძე|Lomidze"),
            words("თბილისის მერია|Mairie de Tbilissi;ქუთაისი|Ville de Koutaïssi") },
        { "Pologne", "pl", words("Łukasz;Małgorzata;Krzysztof;Agnieszka;Paweł;Zofia;Wojciech"),
            words("Nowak;Kowalski;Wiśniewska;Wójcik;Kamiński;Lewandowska;Zieliński;Łukaszewicz"),
            words("Urząd Miasta Krakowa|Ville de Cracovie;Województwo Małopolskie|Voïvodie de Petite-Pologne;Miasto "
                  "Poznań") },
        { "Allemagne", "de", words("Jürgen;Ursula;Matthias;Käthe;Jörg;Sabine;Günther;Sören"),
            words("Müller;Schmidt;Schröder;Straßer;Weiß;Groß;Köhler;Hoffmann"),
            words("Landeshauptstadt Düsseldorf;Freistaat Sachsen;Stadt Köln;Landkreis Görlitz") },
    };
    return all;
}

const QStringList &categories()
{
    // Weighted by repetition: elected officials and staff are most of the crowd.
    static const QStringList all
        = words("élu·e;élu·e;élu·e;technicien·ne;technicien·ne;technicien·ne;partenaire;exposant;"
                "presse;intervenant·e;organisation");
    return all;
}

const QStringList &roles()
{
    static const QStringList all = words(
        "Maire;Adjointe au maire;Adjoint au maire chargé des relations internationales;Vice-président·e;"
        "Conseiller municipal;Conseillère départementale;Conseiller régional;Présidente;Président du conseil "
        "départemental;"
        "Chargée de mission coopération;Directeur des relations internationales;Directrice générale des services;"
        "Responsable Europe et international;Chef de projet;Chargé de mission jumelages;Délégué général;"
        "Journaliste;Photographe;Consultant;Ambassadeur;Consule générale;Secrétaire générale;Attaché de coopération");
    return all;
}

} // namespace SyntheticNames
