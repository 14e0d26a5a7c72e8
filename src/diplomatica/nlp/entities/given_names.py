"""Common given names and non-person name heads: cues for people the stock model misses.

``GIVEN_NAMES`` is a small list of very common given names across the languages of diplomatic
history (romanised), drawn from the frequency lists of common first names: the Wikipedia lists
"List of most popular given names" (English, French, German, Spanish, Portuguese, Italian,
Polish, Czech, Dutch, Scandinavian, Arabic, Turkish, Persian), "List of Russian given names"
and the Ukrainian, Serbian and Bulgarian equivalents, and the transliteration tables of Chinese
("Wade-Giles" and "Pinyin") for the few given names written as one word. It is a cue, not a
list of anyone's names: a given name followed by a capitalised word makes a person name
("Anatoly Dobrynin"), whoever bears it. Words that are also common place, state or English
words ("Georgia", "Jordan", "Chad", "Israel", "Victoria", "Will", "Mark") are left out.

``GEOGRAPHIC_HEADS`` are words that head the name of a place, not a person ("Shatt al-Arab",
"Hormuz Strait", "Bubiyan Island"); ``ETHNONYMS`` name peoples and communities, never one
person ("Tamil", "Kurds"). The stock model tags both as persons now and then.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """Return the set of the space-separated words of ``text``."""
    return frozenset(text.split())


GIVEN_NAMES = _words(
    # English
    "John James William George Charles Thomas Robert Richard Henry Edward Peter Paul David "
    "Michael Joseph Harold Walter Arthur Frederick Francis Alfred Herbert Ernest Anthony "
    "Christopher Douglas Donald Ronald Kenneth Stephen Andrew Alexander Patrick Hugh Dean "
    "Averell Cyrus Warren Lyndon Dwight Franklin Woodrow Harry Gerald Jimmy Winston "
    "Neville Clement Harold Margaret Elizabeth Mary Anne Alan Geoffrey Malcolm Roy Selwyn "
    "Nicholas Benjamin Samuel Daniel Edmund Lawrence Leonard Howard Eugene Raymond Philip "
    "Adlai Dean Zbigniew Madeleine Condoleezza Hillary Colin Madeleine Ernest Julius "
    # French
    "Jean Pierre Jacques Louis Michel André Henri François Georges Maurice Raymond Robert "
    "Charles Philippe Alain Claude Gaston Édouard Edouard Aristide Léon Leon Guy "
    "Valéry Valery Roland Dominique Hubert Lionel Laurent Antoine Étienne Etienne "
    # German, Dutch, Scandinavian
    "Hans Karl Heinrich Wilhelm Friedrich Otto Ernst Walter Helmut Helmuth Willy Konrad "
    "Gerhard Ludwig Hermann Franz Josef Joseph Kurt Klaus Dietrich Gustav Joachim Erich "
    "Bruno Egon Hans-Dietrich Heinz Rudolf Rudolph Werner Johann Johannes Joop Dirk Pieter "
    "Willem Hendrik Olof Tage Torsten Sven Lars Nils Erik Gunnar Olav Halvard Trygve Dag "
    "Urho "
    # Spanish, Portuguese, Italian
    "José Jose Juan Carlos Luis Manuel Francisco Antonio Miguel Pedro Rafael Fernando "
    "Alfonso Ramón Ramon Alberto Jorge Fidel Raúl Raul Ernesto Salvador Augusto Gustavo "
    "Ricardo Eduardo Hugo Felipe Santiago Marcelino Leopoldo Emilio Diego Joaquín Joaquin "
    "Getúlio Getulio Juscelino Mário Mario Marcello Giuseppe Giovanni Giulio Aldo Amintore "
    "Alcide Pietro Enrico Sandro Bettino Arnaldo Massimo Romano Silvio "
    # Polish, Czech, Slovak, Hungarian, Romanian, Yugoslav, Bulgarian, Greek
    "Józef Jozef Władysław Wladyslaw Stanisław Stanislaw Wojciech Tadeusz Jerzy Lech "
    "Krzysztof Zbigniew Edward Kazimierz Andrzej Jan Václav Vaclav Gustáv Gustav Alexander "
    "János Janos Imre Ferenc László Laszlo Gyula Nicolae Ion Gheorghe Corneliu Josip Milovan "
    "Edvard Slobodan Todor Georgi Andreas Konstantinos Constantine Andreas Georgios "
    # Russian, Ukrainian, Belarusian
    "Aleksandr Alexandr Aleksei Alexei Alexey Anatoly Anatolii Anatoliy Andrei Andrey Boris "
    "Dmitri Dmitry Dmitrii Eduard Evgeny Evgenii Yevgeny Yevgeniy Fyodor Gennady Georgy "
    "Georgii Grigory Igor Ivan Konstantin Leonid Lavrenty Maxim Maksim Mikhail Nikita "
    "Nikolai Nikolay Oleg Pavel Pyotr Sergei Sergey Semyon Stepan Valentin Valery Valerii "
    "Vasily Vasilii Viktor Vladimir Vyacheslav Yakov Yuri Yury Yurii Anastas Andrei Kliment "
    "Lazar Averky Alexei Arkady Yegor Vitaly Gleb Ilya Kirill Matvei Ruslan "
    # Arabic, Turkish, Persian, South Asian
    "Ahmed Ahmad Mohammed Mohammad Muhammad Mohamed Mahmoud Mahmud Ali Hassan Hussein "
    "Husain Abdullah Abdul Abdel Omar Umar Khalid Khaled Yusuf Youssef Ibrahim Ismail "
    "Mustafa Mustapha Anwar Gamal Hosni Hafez Saddam Tariq Yasser Yasir Faisal Fahd Saud "
    "Salah Nasser Rafik Rafiq Walid Nabil Amr Adnan Süleyman Suleyman Bülent Bulent Turgut "
    "Recep Mesut Tansu Kenan Cevdet Adnan Celal Ismet Mehmet Ahmet Reza Mohsen Ruhollah "
    "Akbar Jawaharlal Indira Rajiv Atal Zulfikar Benazir Nawaz Pervez Liaquat "
    # Chinese, Japanese, Korean, Vietnamese, Southeast Asian (one-word forms)
    "Shigeru Eisaku Kakuei Yasuhiro Noboru Toshiki Kiichi Ichiro Junichiro Shinzo Masayoshi "
    "Takeo Hayato Nobusuke Zenko Tomiichi Ryutaro Keizo Yohei Taro Sukarno Suharto "
    # African
    "Kwame Julius Kenneth Jomo Nelson Thabo Jacob Robert Samora Agostinho Sékou Sekou "
    "Léopold Leopold Houari Ahmed Haile Mengistu Idi Milton Yoweri Patrice Moise Moïse"
)

GEOGRAPHIC_HEADS = _words(
    "Shatt Gulf Strait Straits Island Islands Isle Isles Islets Atoll Archipelago River "
    "Sea Ocean Lake Bay Cape Canal Peninsula Desert Valley Plateau Delta Channel Mount "
    "Mountains Mountain Range Pass Reef Reefs Shoal Shoals Waterway Heights Plain Basin "
    "Oasis Lagoon Sound Estuary Fjord Glacier Coast"
)

ETHNONYMS = _words(
    "Tamil Tamils Kurd Kurds Kurdish Pashtun Pashtuns Pathan Pathans Baluch Baloch Sikh "
    "Sikhs Hindu Hindus Muslim Muslims Moslem Moslems Sinhalese Sinhala Uighur Uighurs "
    "Uyghur Uyghurs Tibetan Tibetans Berber Berbers Hutu Hutus Tutsi Tutsis Shia Shiite "
    "Shiites Sunni Sunnis Druze Maronite Maronites Copt Copts Coptic Zulu Zulus Xhosa Igbo "
    "Ibo Yoruba Hausa Bengali Bengalis Punjabi Punjabis Sindhi Kachin Hmong Basque Basques "
    "Catalan Catalans Flemish Walloon Walloons Romani Slav Slavs Tatar Tatars Tartar "
    "Chechen Chechens Ossetian Ossetians Abkhaz Abkhazian Masai Maasai Kikuyu Ovambo "
    "Bantu Arab Arabs Jew Jews Jewish Ainu Malay Malays Hazara Hazaras Tajik Uzbek "
    "Turkmen Kazakh Kirghiz Kyrgyz Mongol Mongols Manchu Naga Nagas"
)
