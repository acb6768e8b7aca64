-- The first document of the archive: 'The only correct decision' by Aleksandr Shpakovsky, stored
-- verbatim (the seed file 000_7251827bf1b93ee9.txt, SHA-256 eefe499a539a390519d3bbf406c7cb27875f14870bbc4b13ae2ee510aa95dce6),
-- curated as an archivist would: its author and byline, sections, every quotation and attributed
-- phrase with its speaker, every dated event it mentions, its figures, and topics for all of it.
-- Nothing is invented: where the text says 'last year' or 'this year' the date has year precision
-- and is marked as inferred, with the phrase it came from. Offsets are Unicode code points, [start, end).

insert into topic (id, slug, label, description, parent_id) values (1, 'politics', 'Politics', 'Government, political leadership and relations between states.', null);
insert into topic (id, slug, label, description, parent_id) values (2, 'integration', 'Belarusian-Russian integration', 'The integration of Belarus and Russia and its pace.', 1);
insert into topic (id, slug, label, description, parent_id) values (3, 'union-state', 'Union State', 'The Union State of Belarus and Russia: its results, openness and purpose.', 2);
insert into topic (id, slug, label, description, parent_id) values (4, 'regional-cooperation', 'Regional co-operation', 'Direct ties between Belarus and Russian regions: forums of regions, governors’ visits, embassy branches.', 2);
insert into topic (id, slug, label, description, parent_id) values (5, 'international-relations', 'International relations', 'Relations with other states and blocs: the West, the conflict in Ukraine, the Eurasian region.', 1);
insert into topic (id, slug, label, description, parent_id) values (6, 'elections', 'Elections', 'Presidential and other elections.', 1);
insert into topic (id, slug, label, description, parent_id) values (7, 'political-rhetoric', 'Slogans and formulas', 'Slogans, formulas and set phrases of political language.', 1);
insert into topic (id, slug, label, description, parent_id) values (8, 'economy', 'Economy', 'Economic development, trade and energy.', null);
insert into topic (id, slug, label, description, parent_id) values (9, 'trade', 'Trade', 'Trade turnover and exports.', 8);
insert into topic (id, slug, label, description, parent_id) values (10, 'energy', 'Energy', 'Energy markets and power generation.', 8);
insert into topic (id, slug, label, description, parent_id) values (11, 'electricity-market', 'Electricity market', 'The unified electricity market of Belarus and Russia.', 10);
insert into topic (id, slug, label, description, parent_id) values (12, 'nuclear-power', 'Nuclear power', 'Nuclear power plants.', 10);
insert into topic (id, slug, label, description, parent_id) values (13, 'oil-and-gas', 'Oil and gas', 'Markets for gas, oil and petroleum products.', 10);
insert into topic (id, slug, label, description, parent_id) values (14, 'living-standards', 'Living standards', 'Incomes and quality of life.', 8);

insert into organisation (id, slug, name, description) values (1, 'federation-council', 'Federation Council', 'The body at whose plenary session Aleksandr Lukashenko spoke on 14 March 2025, as the article names it.');
insert into organisation_name_variant (organisation_id, ordinal, name, normalized_name, language_tag, variant_kind) values (1, 0, 'Federation Council', 'federation council', 'en', 'PRINTED');
insert into organisation_name_variant (organisation_id, ordinal, name, normalized_name, language_tag, variant_kind) values (1, 1, 'Совет Федерации', 'совет федерации', 'ru-Cyrl', 'ORIGINAL_SCRIPT');
insert into organisation_name_variant (organisation_id, ordinal, name, normalized_name, language_tag, variant_kind) values (1, 2, 'Sovet Federatsii', 'sovet federatsii', 'ru-Latn', 'TRANSLITERATION');
insert into organisation (id, slug, name, description) values (2, 'rosatom', 'Rosatom', 'Named in the article as the partner of Belarus’ plans to build a second nuclear power plant.');
insert into organisation_name_variant (organisation_id, ordinal, name, normalized_name, language_tag, variant_kind) values (2, 0, 'Rosatom', 'rosatom', 'en', 'PRINTED');
insert into organisation_name_variant (organisation_id, ordinal, name, normalized_name, language_tag, variant_kind) values (2, 1, 'Росатом', 'росатом', 'ru-Cyrl', 'ORIGINAL_SCRIPT');
insert into organisation (id, slug, name, description) values (3, 'house-of-representatives-of-the-national-assembly', 'House of Representatives of the National Assembly', 'The chamber of which the author is a deputy, as his byline names it.');
insert into organisation_name_variant (organisation_id, ordinal, name, normalized_name, language_tag, variant_kind) values (3, 0, 'House of Representatives of the National Assembly', 'house of representatives of the national assembly', 'en', 'PRINTED');
insert into organisation_name_variant (organisation_id, ordinal, name, normalized_name, language_tag, variant_kind) values (3, 1, 'House of Representatives', 'house of representatives', 'en', 'SHORT_FORM');
insert into organisation_name_variant (organisation_id, ordinal, name, normalized_name, language_tag, variant_kind) values (3, 2, 'Палата представителей Национального собрания', 'палата представителеи национального собрания', 'ru-Cyrl', 'ORIGINAL_SCRIPT');
insert into organisation_name_variant (organisation_id, ordinal, name, normalized_name, language_tag, variant_kind) values (3, 3, 'Палата прадстаўнікоў Нацыянальнага сходу', 'палата прадстаунікоу нацыянальнага сходу', 'be-Cyrl', 'ORIGINAL_SCRIPT');
insert into organisation (id, slug, name, description) values (4, 'standing-committee-on-international-affairs', 'Standing Committee on International Affairs', 'The committee of which the author is a member, as his byline names it.');
insert into organisation_name_variant (organisation_id, ordinal, name, normalized_name, language_tag, variant_kind) values (4, 0, 'Standing Committee on International Affairs', 'standing committee on international affairs', 'en', 'PRINTED');

insert into person (id, slug, canonical_name, description) values (1, 'aleksandr-lukashenko', 'Aleksandr Lukashenko', 'President of Belarus, as the article describes him; the speaker of most of its quotes.');
insert into person_name_variant (person_id, ordinal, name, normalized_name, language_tag, variant_kind) values (1, 0, 'Aleksandr Lukashenko', 'aleksandr lukashenko', 'en', 'PRINTED');
insert into person_name_variant (person_id, ordinal, name, normalized_name, language_tag, variant_kind) values (1, 1, 'Alexander Lukashenko', 'alexander lukashenko', 'en', 'CONVENTIONAL');
insert into person_name_variant (person_id, ordinal, name, normalized_name, language_tag, variant_kind) values (1, 2, 'Alyaksandr Lukashenka', 'alyaksandr lukashenka', 'be-Latn', 'TRANSLITERATION');
insert into person_name_variant (person_id, ordinal, name, normalized_name, language_tag, variant_kind) values (1, 3, 'Александр Лукашенко', 'александр лукашенко', 'ru-Cyrl', 'ORIGINAL_SCRIPT');
insert into person_name_variant (person_id, ordinal, name, normalized_name, language_tag, variant_kind) values (1, 4, 'Аляксандр Лукашэнка', 'аляксандр лукашэнка', 'be-Cyrl', 'ORIGINAL_SCRIPT');
insert into person_name_variant (person_id, ordinal, name, normalized_name, language_tag, variant_kind) values (1, 5, 'Lukashenko', 'lukashenko', 'en', 'SURNAME');
insert into person_name_variant (person_id, ordinal, name, normalized_name, language_tag, variant_kind) values (1, 6, 'Lukashenka', 'lukashenka', 'be-Latn', 'SURNAME');
insert into person_name_variant (person_id, ordinal, name, normalized_name, language_tag, variant_kind) values (1, 7, 'Лукашенко', 'лукашенко', 'ru-Cyrl', 'SURNAME');
insert into person_name_variant (person_id, ordinal, name, normalized_name, language_tag, variant_kind) values (1, 8, 'Лукашэнка', 'лукашэнка', 'be-Cyrl', 'SURNAME');
insert into person (id, slug, canonical_name, description) values (2, 'vladimir-putin', 'Vladimir Putin', 'Named in the article beside Aleksandr Lukashenko as one of the two leaders around whom society consolidated.');
insert into person_name_variant (person_id, ordinal, name, normalized_name, language_tag, variant_kind) values (2, 0, 'Vladimir Putin', 'vladimir putin', 'en', 'PRINTED');
insert into person_name_variant (person_id, ordinal, name, normalized_name, language_tag, variant_kind) values (2, 1, 'Владимир Путин', 'владимир путин', 'ru-Cyrl', 'ORIGINAL_SCRIPT');
insert into person_name_variant (person_id, ordinal, name, normalized_name, language_tag, variant_kind) values (2, 2, 'Uladzimir Putsin', 'uladzimir putsin', 'be-Latn', 'TRANSLITERATION');
insert into person_name_variant (person_id, ordinal, name, normalized_name, language_tag, variant_kind) values (2, 3, 'Уладзімір Пуцін', 'уладзімір пуцін', 'be-Cyrl', 'ORIGINAL_SCRIPT');
insert into person_name_variant (person_id, ordinal, name, normalized_name, language_tag, variant_kind) values (2, 4, 'Putin', 'putin', 'en', 'SURNAME');
insert into person_name_variant (person_id, ordinal, name, normalized_name, language_tag, variant_kind) values (2, 5, 'Путин', 'путин', 'ru-Cyrl', 'SURNAME');
insert into person (id, slug, canonical_name, description) values (3, 'aleksandr-shpakovsky', 'Aleksandr Shpakovsky', 'The author of ‘The only correct decision’; a deputy of the House of Representatives of the National Assembly, as his byline states.');
insert into person_name_variant (person_id, ordinal, name, normalized_name, language_tag, variant_kind) values (3, 0, 'Aleksandr Shpakovsky', 'aleksandr shpakovsky', 'en', 'PRINTED');
insert into person_name_variant (person_id, ordinal, name, normalized_name, language_tag, variant_kind) values (3, 1, 'Alexander Shpakovsky', 'alexander shpakovsky', 'en', 'CONVENTIONAL');
insert into person_name_variant (person_id, ordinal, name, normalized_name, language_tag, variant_kind) values (3, 2, 'Alyaksandr Shpakouski', 'alyaksandr shpakouski', 'be-Latn', 'TRANSLITERATION');
insert into person_name_variant (person_id, ordinal, name, normalized_name, language_tag, variant_kind) values (3, 3, 'Александр Шпаковский', 'александр шпаковскии', 'ru-Cyrl', 'ORIGINAL_SCRIPT');
insert into person_name_variant (person_id, ordinal, name, normalized_name, language_tag, variant_kind) values (3, 4, 'Аляксандр Шпакоўскі', 'аляксандр шпакоускі', 'be-Cyrl', 'ORIGINAL_SCRIPT');
insert into person_name_variant (person_id, ordinal, name, normalized_name, language_tag, variant_kind) values (3, 5, 'Shpakovsky', 'shpakovsky', 'en', 'SURNAME');
insert into person_name_variant (person_id, ordinal, name, normalized_name, language_tag, variant_kind) values (3, 6, 'Шпаковский', 'шпаковскии', 'ru-Cyrl', 'SURNAME');
-- Roles as the article states them; when they began or ended it does not say.
insert into person_role (person_id, ordinal, title, organisation_id, source_note) values (1, 0, 'President of Belarus', null, '‘The President of Belarus’: the pull quote of ‘The only correct decision’ (2025)');
insert into person_role (person_id, ordinal, title, organisation_id, source_note) values (3, 0, 'Deputy of the House of Representatives of the National Assembly', 3, 'The byline of ‘The only correct decision’ (2025)');
insert into person_role (person_id, ordinal, title, organisation_id, source_note) values (3, 1, 'Member of the Standing Committee on International Affairs', 4, 'The byline of ‘The only correct decision’ (2025)');

insert into event (id, slug, name, event_kind, description, place, date_earliest, date_latest, date_precision, date_inferred, date_basis) values (1, 'lukashenko-federation-council-speech-2025', 'Aleksandr Lukashenko’s speech at the plenary session of the Federation Council', 'SPEECH', 'Dubbed a ‘historical speech’ by certain political experts, according to the article.', null, date '2025-03-14', date '2025-03-14', 'DAY', false, null);
insert into event_person (event_id, person_id) values (1, 1);
insert into event_organisation (event_id, organisation_id) values (1, 1);
insert into event_topic (event_id, topic_id) values (1, 3);
insert into event_topic (event_id, topic_id) values (1, 2);
insert into event (id, slug, name, event_kind, description, place, date_earliest, date_latest, date_precision, date_inferred, date_basis) values (2, '10th-forum-of-regions-ufa-2023', '10th Forum of Regions of Belarus and Russia', 'FORUM', null, 'Ufa', date '2023-06-28', date '2023-06-28', 'DAY', false, null);
insert into event_person (event_id, person_id) values (2, 1);
insert into event_topic (event_id, topic_id) values (2, 4);
insert into event_topic (event_id, topic_id) values (2, 3);
insert into event (id, slug, name, event_kind, description, place, date_earliest, date_latest, date_precision, date_inferred, date_basis) values (3, 'union-programmes-adoption-2021', 'Adoption of the 28 union programmes', 'PROGRAMME_ADOPTION', 'The 28 union programmes whose implementation, the article says, shows the co-ordinated work of bilateral mechanisms.', null, date '2021-01-01', date '2021-12-31', 'YEAR', false, null);
insert into event_topic (event_id, topic_id) values (3, 3);
insert into event (id, slug, name, event_kind, description, place, date_earliest, date_latest, date_precision, date_inferred, date_basis) values (4, 'unified-electricity-market-agreement', 'Conclusion of the intergovernmental agreement on the formation of a unified electricity market', 'AGREEMENT', 'Called a significant success of last year; the creation of the market was planned as far back as 1999.', null, date '2024-01-01', date '2024-12-31', 'YEAR', true, 'last year');
insert into event_topic (event_id, topic_id) values (4, 11);
insert into event_topic (event_id, topic_id) values (4, 2);
insert into event (id, slug, name, event_kind, description, place, date_earliest, date_latest, date_precision, date_inferred, date_basis) values (5, 'unified-electricity-market-planned-1999', 'Creation of a unified electricity market planned', 'PLAN', 'The article says the market was planned as far back as 1999 and took more than two decades to put into practice.', null, date '1999-01-01', date '1999-12-31', 'YEAR', false, null);
insert into event_topic (event_id, topic_id) values (5, 11);
insert into event_topic (event_id, topic_id) values (5, 2);
insert into event (id, slug, name, event_kind, description, place, date_earliest, date_latest, date_precision, date_inferred, date_basis) values (6, 'russian-presidential-election-2024', 'Presidential election in Russia', 'ELECTION', null, null, date '2024-01-01', date '2024-12-31', 'YEAR', false, null);
insert into event_topic (event_id, topic_id) values (6, 6);
insert into event (id, slug, name, event_kind, description, place, date_earliest, date_latest, date_precision, date_inferred, date_basis) values (7, 'belarusian-presidential-election-2025', 'Presidential election in Belarus', 'ELECTION', null, null, date '2025-01-01', date '2025-12-31', 'YEAR', false, null);
insert into event_topic (event_id, topic_id) values (7, 6);

insert into document (id, slug, title, subtitle, document_kind, language_tag, date_earliest, date_latest, date_precision, date_inferred, date_basis, publisher, source_url, text_sha256, text_length)
values (1, 'the-only-correct-decision', 'The only correct decision', 'Why Belarusian-Russian co-operation is a logical process', 'ARTICLE', 'en', date '2025-01-01', date '2025-12-31', 'YEAR', true, 'on March 14th of this year (a speech the pull quote dates March 14th, 2025)', null, null, 'eefe499a539a390519d3bbf406c7cb27875f14870bbc4b13ae2ee510aa95dce6', 6249);
-- The text, byte for byte as the seed file; a test compares its SHA-256 with the file's.
insert into document_text (document_id, full_text) values (1, 'The only correct decision
Why Belarusian-Russian co-operation is a logical process
The integration of Belarus and Russia symbolises the special nature of the allied relations between Minsk and Moscow, embodied in the formula ‘two states — one Fatherland’

The President of Belarus,
Aleksandr Lukashenko,
“The most important thing is that the real incomes of citizens have increased significantly, and their quality of life has improved. This means that this union primarily benefits our people.”
During participation in the plenary session of the Federation Council, on March 14th, 2025
Aleksandr Lukashenko,
“The most important thing is that the real incomes of citizens have increased significantly, and their quality of life has improved. This means that this union primarily benefits our people.”
During participation in the plenary session of the Federation Council, on March 14th, 2025
No analogues

There are no analogues to such bilateral co-operation, either in the post-Soviet space or in the world as a whole. At the same time, other integration projects involving Minsk and Moscow are significantly inferior to the Union State in terms of the results achieved. In essence, our union appears as a flagship of integration processes in the post-Soviet space, and our integration experience may be in demand in broader formats. The President of Belarus has repeatedly expressed the idea of the Union State being open to accession by other countries, which will undoubtedly contribute to increasing the level of security and economic development in the Northern Eurasian region.
“When speaking, I often say that the Union of Belarus and Russia is not a closed club. We are not uniting against anyone. I will say more: Belarusians and Russians are interested in the entire Eurasian region developing as a single entity — so that all our neighbours are economically successful. These are crucial conditions not only for increasing the prosperity of the continent, but also for peace on our common land,” Aleksandr Lukashenko noted at the 10th Forum of Regions of Belarus and Russia in Ufa on June 28th, 2023.Over the years of its existence, our unification project has achieved impressive results in all areas of integration: from the military and political component to the humanitarian sphere and the economy. The implementation of 28 union programmes, adopted in 2021, demonstrates the clear and co-ordinated work of bilateral working mechanisms at governmental level.


Pace of progress
A significant success last year was the conclusion of an intergovernmental agreement on the formation of a unified electricity market, which appears particularly important given Belarus’ plans to build a second nuclear power plant in co-operation with Rosatom.Along with that, the strategically important issue of launching a unified market for gas, oil and petroleum products — which is a key condition for creating truly equal conditions for economic entities — remains in the process of solving.

However, it should be recalled that the creation of a unified electricity market was planned as far back as 1999, but it took more than two decades to put the agreements into practice. On the one hand, the speed of the integration process is an objective measure of the will and capabilities of our two countries at any given historical juncture. On the other hand, in the modern world, delays, especially in strategic matters, can prove very costly and lead to an insurmountable backlog.
In this regard, the mobilisation slogan ‘Time has chosen us!’, adopted in Belarus, should be extended as a doctrinal thought throughout the Union State.
Consolidation around leaders
In recent years, the pace of integration has noticeably accelerated as a response from Minsk and Moscow to the economic aggression of the West and the armed conflict in Ukraine, where London and Brussels have set the goal of achieving a ‘strategic defeat of Russia on the battlefield’. It is important to reiterate that in an environment of intense external pressure, our states have managed to ensure positive economic dynamics and maintain domestic political stability.The consolidation of society around the figures of leaders — Aleksandr Lukashenko and Vladimir Putin — was confirmed by the high results achieved in the Presidential elections in Russia in 2024 and in Belarus in 2025.
According to last year’s results, Belarusian-Russian trade turnover in goods and services exceeded $60bn, and Belarusian exports to the Russian market amounted to more than $25bn.
Over the past 25 years, the volumes of mutual trade and Belarusian exports to Russia have increased more than eightfold, which is a clear illustration of the economic viability of our interstate project.
Assessing the achieved results in the field of economics and trade, one can highlight not only the successful implementation of Minsk’s agreements with the federal centre, but also the high effectiveness of Belarus’ strategy for building direct relationships with Russian regions.
The practice of holding forums of regions of Belarus and Russia, the high intensity of visits by Russian governors to our country, along with the expansion of the network of Belarusian embassy branches in the Russian Federation, meet the economic needs of the two states.

Historical mission
For a long time, the question of presenting a concentrated ‘Belarusian perspective’ on the Union State and the future development of integration has been the subject of discussion in interested circles in Belarus and Russia.In effect, such a presentation took place during President Aleksandr Lukashenko’s speech at the Federation Council on March 14th of this year, where the Belarusian leader voiced important points, which were subsequently dubbed a ‘historical speech’ by certain political experts.Aleksandr Lukashenko stressed that ‘the decision to create the Union State was the only correct one’, and that in the coming years the ‘historical mission’ of the political leadership of the two countries is to ensure the irreversibility of the Belarusian-Russian integration process.


By Aleksandr Shpakovsky, deputy of the House of Representatives of the National Assembly, member of the Standing Committee on International Affairs');
insert into document_section (document_id, ordinal, section_kind, heading, start_offset, end_offset) values (1, 0, 'TITLE', null, 0, 25);
insert into document_section (document_id, ordinal, section_kind, heading, start_offset, end_offset) values (1, 1, 'SUBTITLE', null, 26, 82);
insert into document_section (document_id, ordinal, section_kind, heading, start_offset, end_offset) values (1, 2, 'STANDFIRST', null, 83, 254);
insert into document_section (document_id, ordinal, section_kind, heading, start_offset, end_offset) values (1, 3, 'PULL_QUOTE', null, 256, 586);
insert into document_section (document_id, ordinal, section_kind, heading, start_offset, end_offset) values (1, 4, 'PULL_QUOTE', null, 587, 891);
insert into document_section (document_id, ordinal, section_kind, heading, start_offset, end_offset) values (1, 5, 'BODY', 'No analogues', 892, 2476);
insert into document_section (document_id, ordinal, section_kind, heading, start_offset, end_offset) values (1, 6, 'BODY', 'Pace of progress', 2479, 3637);
insert into document_section (document_id, ordinal, section_kind, heading, start_offset, end_offset) values (1, 7, 'BODY', 'Consolidation around leaders', 3638, 5292);
insert into document_section (document_id, ordinal, section_kind, heading, start_offset, end_offset) values (1, 8, 'BODY', 'Historical mission', 5294, 6099);
insert into document_section (document_id, ordinal, section_kind, heading, start_offset, end_offset) values (1, 9, 'BYLINE', null, 6102, 6249);
insert into document_author (document_id, ordinal, person_id, byline_name, byline_role, author_role) values (1, 0, 3, 'Aleksandr Shpakovsky', 'deputy of the House of Representatives of the National Assembly, member of the Standing Committee on International Affairs', 'AUTHOR');
insert into document_topic (document_id, topic_id) values (1, 3);
insert into document_topic (document_id, topic_id) values (1, 2);
insert into document_topic (document_id, topic_id) values (1, 4);
insert into document_topic (document_id, topic_id) values (1, 5);
insert into document_topic (document_id, topic_id) values (1, 6);
insert into document_topic (document_id, topic_id) values (1, 7);
insert into document_topic (document_id, topic_id) values (1, 9);
insert into document_topic (document_id, topic_id) values (1, 11);
insert into document_topic (document_id, topic_id) values (1, 12);
insert into document_topic (document_id, topic_id) values (1, 13);
insert into document_topic (document_id, topic_id) values (1, 14);

-- quote 1: two states — one Fatherland
insert into quote (id, document_id, quote_text, quote_kind, speaker_kind, speaker_person_id, speaker_organisation_id, speaker_label, attribution, event_id, date_earliest, date_latest, date_precision, date_inferred, date_basis) values (1, 1, 'two states — one Fatherland', 'FORMULA', 'UNATTRIBUTED', null, null, null, 'the allied relations between Minsk and Moscow, embodied in the formula', null, null, null, null, null, null);
insert into quote_occurrence (quote_id, ordinal, start_offset, end_offset) values (1, 0, 226, 253);
insert into quote_topic (quote_id, topic_id) values (1, 3);
insert into quote_topic (quote_id, topic_id) values (1, 7);
-- quote 2: The most important thing is that the real incomes of citizens have inc...
insert into quote (id, document_id, quote_text, quote_kind, speaker_kind, speaker_person_id, speaker_organisation_id, speaker_label, attribution, event_id, date_earliest, date_latest, date_precision, date_inferred, date_basis) values (2, 1, 'The most important thing is that the real incomes of citizens have increased significantly, and their quality of life has improved. This means that this union primarily benefits our people.', 'DIRECT', 'PERSON', 1, null, null, 'The President of Belarus, Aleksandr Lukashenko … During participation in the plenary session of the Federation Council, on March 14th, 2025', 1, date '2025-03-14', date '2025-03-14', 'DAY', false, null);
insert into quote_occurrence (quote_id, ordinal, start_offset, end_offset) values (2, 0, 305, 494);
insert into quote_occurrence (quote_id, ordinal, start_offset, end_offset) values (2, 1, 610, 799);
insert into quote_topic (quote_id, topic_id) values (2, 14);
insert into quote_topic (quote_id, topic_id) values (2, 3);
-- quote 3: When speaking, I often say that the Union of Belarus and Russia is not...
insert into quote (id, document_id, quote_text, quote_kind, speaker_kind, speaker_person_id, speaker_organisation_id, speaker_label, attribution, event_id, date_earliest, date_latest, date_precision, date_inferred, date_basis) values (3, 1, 'When speaking, I often say that the Union of Belarus and Russia is not a closed club. We are not uniting against anyone. I will say more: Belarusians and Russians are interested in the entire Eurasian region developing as a single entity — so that all our neighbours are economically successful. These are crucial conditions not only for increasing the prosperity of the continent, but also for peace on our common land', 'DIRECT', 'PERSON', 1, null, null, 'Aleksandr Lukashenko noted at the 10th Forum of Regions of Belarus and Russia in Ufa on June 28th, 2023', 2, date '2023-06-28', date '2023-06-28', 'DAY', false, null);
insert into quote_occurrence (quote_id, ordinal, start_offset, end_offset) values (3, 0, 1587, 2006);
insert into quote_topic (quote_id, topic_id) values (3, 3);
insert into quote_topic (quote_id, topic_id) values (3, 5);
-- quote 4: Time has chosen us!
insert into quote (id, document_id, quote_text, quote_kind, speaker_kind, speaker_person_id, speaker_organisation_id, speaker_label, attribution, event_id, date_earliest, date_latest, date_precision, date_inferred, date_basis) values (4, 1, 'Time has chosen us!', 'SLOGAN', 'UNATTRIBUTED', null, null, null, 'the mobilisation slogan … adopted in Belarus', null, null, null, null, null, null);
insert into quote_occurrence (quote_id, ordinal, start_offset, end_offset) values (4, 0, 3526, 3545);
insert into quote_topic (quote_id, topic_id) values (4, 7);
insert into quote_topic (quote_id, topic_id) values (4, 3);
-- quote 5: strategic defeat of Russia on the battlefield
insert into quote (id, document_id, quote_text, quote_kind, speaker_kind, speaker_person_id, speaker_organisation_id, speaker_label, attribution, event_id, date_earliest, date_latest, date_precision, date_inferred, date_basis) values (5, 1, 'strategic defeat of Russia on the battlefield', 'ATTRIBUTED_PHRASE', 'GROUP', null, null, 'London and Brussels', 'London and Brussels have set the goal of achieving', null, null, null, null, null, null);
insert into quote_occurrence (quote_id, ordinal, start_offset, end_offset) values (5, 0, 3905, 3950);
insert into quote_topic (quote_id, topic_id) values (5, 5);
-- quote 6: Belarusian perspective
insert into quote (id, document_id, quote_text, quote_kind, speaker_kind, speaker_person_id, speaker_organisation_id, speaker_label, attribution, event_id, date_earliest, date_latest, date_precision, date_inferred, date_basis) values (6, 1, 'Belarusian perspective', 'TERM', 'UNATTRIBUTED', null, null, null, 'the question of presenting a concentrated ‘Belarusian perspective’ on the Union State', null, null, null, null, null, null);
insert into quote_occurrence (quote_id, ordinal, start_offset, end_offset) values (6, 0, 5373, 5395);
insert into quote_topic (quote_id, topic_id) values (6, 3);
-- quote 7: historical speech
insert into quote (id, document_id, quote_text, quote_kind, speaker_kind, speaker_person_id, speaker_organisation_id, speaker_label, attribution, event_id, date_earliest, date_latest, date_precision, date_inferred, date_basis) values (7, 1, 'historical speech', 'ATTRIBUTED_PHRASE', 'GROUP', null, null, 'certain political experts', 'subsequently dubbed a ‘historical speech’ by certain political experts', null, null, null, null, null, null);
insert into quote_occurrence (quote_id, ordinal, start_offset, end_offset) values (7, 0, 5767, 5784);
insert into quote_topic (quote_id, topic_id) values (7, 3);
-- quote 8: the decision to create the Union State was the only correct one
insert into quote (id, document_id, quote_text, quote_kind, speaker_kind, speaker_person_id, speaker_organisation_id, speaker_label, attribution, event_id, date_earliest, date_latest, date_precision, date_inferred, date_basis) values (8, 1, 'the decision to create the Union State was the only correct one', 'ATTRIBUTED_PHRASE', 'PERSON', 1, null, null, 'Aleksandr Lukashenko stressed that', 1, date '2025-03-14', date '2025-03-14', 'DAY', true, 'on March 14th of this year');
insert into quote_occurrence (quote_id, ordinal, start_offset, end_offset) values (8, 0, 5851, 5914);
insert into quote_topic (quote_id, topic_id) values (8, 3);
-- quote 9: historical mission
insert into quote (id, document_id, quote_text, quote_kind, speaker_kind, speaker_person_id, speaker_organisation_id, speaker_label, attribution, event_id, date_earliest, date_latest, date_precision, date_inferred, date_basis) values (9, 1, 'historical mission', 'ATTRIBUTED_PHRASE', 'PERSON', 1, null, null, 'Aleksandr Lukashenko stressed … that in the coming years the ‘historical mission’ of the political leadership of the two countries is to ensure the irreversibility of the Belarusian-Russian integration process', 1, date '2025-03-14', date '2025-03-14', 'DAY', true, 'on March 14th of this year');
insert into quote_occurrence (quote_id, ordinal, start_offset, end_offset) values (9, 0, 5951, 5969);
insert into quote_topic (quote_id, topic_id) values (9, 2);

-- Figures the article states as facts, as annotations with a structured claim.
insert into annotation (id, document_id, motivation, start_offset, end_offset, exact_text, body, claim_quantity, claim_comparator, claim_unit, date_earliest, date_latest, date_precision, date_inferred, date_basis, topic_id) values (1, 1, 'describing', 4390, 4460, 'Belarusian-Russian trade turnover in goods and services exceeded $60bn', 'Trade turnover in goods and services between Belarus and Russia exceeded 60 billion US dollars (last year’s results).', 60000000000, 'MORE_THAN', 'USD', date '2024-01-01', date '2024-12-31', 'YEAR', true, 'According to last year’s results', 9);
insert into annotation (id, document_id, motivation, start_offset, end_offset, exact_text, body, claim_quantity, claim_comparator, claim_unit, date_earliest, date_latest, date_precision, date_inferred, date_basis, topic_id) values (2, 1, 'describing', 4466, 4534, 'Belarusian exports to the Russian market amounted to more than $25bn', 'Belarusian exports to the Russian market were more than 25 billion US dollars (last year’s results).', 25000000000, 'MORE_THAN', 'USD', date '2024-01-01', date '2024-12-31', 'YEAR', true, 'According to last year’s results', 9);
insert into annotation (id, document_id, motivation, start_offset, end_offset, exact_text, body, claim_quantity, claim_comparator, claim_unit, date_earliest, date_latest, date_precision, date_inferred, date_basis, topic_id) values (3, 1, 'describing', 4536, 4655, 'Over the past 25 years, the volumes of mutual trade and Belarusian exports to Russia have increased more than eightfold', 'Mutual trade and Belarusian exports to Russia grew more than eightfold over the 25 years before publication.', 8, 'MORE_THAN', 'TIMES', null, null, null, null, null, 9);
insert into annotation (id, document_id, motivation, start_offset, end_offset, exact_text, body, claim_quantity, claim_comparator, claim_unit, date_earliest, date_latest, date_precision, date_inferred, date_basis, topic_id) values (4, 1, 'describing', 2317, 2375, 'The implementation of 28 union programmes, adopted in 2021', '28 union programmes were adopted in 2021.', 28, 'EXACTLY', 'UNION_PROGRAMMES', date '2021-01-01', date '2021-12-31', 'YEAR', false, null, 3);
