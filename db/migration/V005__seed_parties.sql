INSERT INTO party (code, name, colour) VALUES
    ('US',    'United States',                              '#1f5fa8'),
    ('DPRK',  'Democratic People''s Republic of Korea',    '#b3261e'),
    ('ROK',   'Republic of Korea',                          '#2a7f62'),
    ('CHINA', 'China',                                      '#c77c02'),
    ('JAPAN', 'Japan',                                      '#7b3fa0'),
    ('RUSSIA','Russia',                                     '#4a5a6a'),
    ('OTHER', 'Other',                                      '#6b6b6b');
